package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.support.StationDriver.await;
import static org.vigil.it.support.StationDriver.awaitGone;
import static org.vigil.it.support.StationDriver.awaitText;
import static org.vigil.it.support.StationDriver.click;
import static org.vigil.it.support.StationDriver.fx;
import static org.vigil.it.support.StationDriver.screenshot;
import static org.vigil.it.support.StationDriver.text;
import static org.vigil.it.support.StationDriver.type;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import javafx.stage.Stage;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.station.StationOptions;
import org.vigil.client.station.StationWindow;
import org.vigil.it.support.AlarmAudio;
import org.vigil.it.support.AlarmTone;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.StationDriver;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The station program in a real window under Xvfb, driven by JavaFX's robot against the deployed
 * server: enrollment with a one-time code, CIBA sign-in approved on the authenticator CLI, a
 * gateway's value on its tile within a second, an alarm acknowledged at the station and recorded by
 * the server, bad input refused in words with nothing changed, and a supervisor's assignment adding
 * a tile live. One server and one pair of windows for the whole class; the steps build on each other.
 * <p>
 * The alarm is heard, not only shown: ALSA's default PCM writes what the station plays to a file
 * ({@link AlarmAudio}), and the test reads the alarm's two tones out of the samples
 * ({@link AlarmTone}) while the alert waits, none once it is acknowledged, none from a muted station.
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationIT {

    private static final Duration UI = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "station-screenshots");
    /** Longer than a beep and its pause (0.5 s + 0.4 s): a tone still playing would have written samples. */
    private static final Duration NO_TONE = Duration.ofSeconds(2);

    private WildFlyServer server;
    private CareSetup care;
    private Path home;
    private String anna;
    private String ben;
    private DeviceClient annasGateway;
    private Person doctor;
    private Person supervisorPerson;
    private CareStaff nurse;
    private CareStaff supervisorStaff;
    private Stage monitoring;
    private Stage supervising;
    private StationWindow monitoringWindow;
    private StationWindow supervisorWindow;
    private AlarmAudio audio;

    /** A person with a role and the authenticator CLI enrolled, as a doctor would have it on their phone. */
    private record Person(String accountId, String email, AuthenticatorCli cli) {
    }

    @BeforeAll
    void aWardWithAPatientADoctorAndASupervisor(WildFlyServer server, MailCatcher mail) throws Exception {
        StationDriver.startToolkit();
        audio = AlarmAudio.capture(Path.of("target", "station-audio"));
        this.server = server;
        this.care = new CareSetup(server, mail);
        this.home = Files.createTempDirectory("station-it");
        anna = care.admitPatient("1950-03-01");
        annasGateway = care.gatewayOf(anna);
        ben = care.admitPatient("1962-07-15");
        doctor = person(mail, "doctor", "Dora", "Doctor");
        supervisorPerson = person(mail, "supervisor", "Sue", "Supervisor");
        care.joinCareTeam(anna, doctor.accountId(), "doctor");
        care.joinCareTeam(ben, doctor.accountId(), "doctor");
        nurse = CareStaff.login(server, mail, "nurse");
        supervisorStaff = CareStaff.login(server, mail, "supervisor");
        care.joinCareTeam(anna, nurse.accountId(), "nurse");
        care.joinCareTeam(ben, nurse.accountId(), "nurse");
    }

    @AfterAll
    void closeTheWindows() {
        try {
            for (StationWindow w : new StationWindow[] {monitoringWindow, supervisorWindow}) {
                if (w != null) {
                    fx(() -> {
                        w.close();
                        w.stage().close();
                        return null;
                    });
                }
            }
        } finally {
            if (audio != null) {
                audio.close();
            }
        }
    }

    @Test
    @Order(1)
    void aStationEnrollsWithTheAdminsOneTimeCodeAndAWrongCodeIsSaidInWords() throws Exception {
        Path dir = home.resolve("ward");
        monitoringWindow = open(dir);
        monitoring = monitoringWindow.stage();
        type(monitoring, "enrollmentCode", "WRONG-CODE-1234");
        click(monitoring, "enroll");
        assertThat(awaitText(monitoring, "enrollError", t -> !t.isBlank(), UI)).as("a code nobody issued")
                .startsWith("Enrollment refused:").contains("unknown, used or expired");
        assertThat(StationDriver.find(monitoring, "login")).as("no sign-in without enrollment").isEmpty();

        type(monitoring, "enrollmentCode", enrollmentCode("monitoring", "Ward 7"));
        click(monitoring, "enroll");
        await(monitoring, "login", UI);
        assertThat(dir.resolve("station.p12")).as("the station's own key").exists();
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("station.properties"))) {
            state.load(in);
        }
        assertThat(state.getProperty("mode")).isEqualTo("monitoring");
        // the supervisor puts Anna on the new station's watch before anyone signs in
        assign(anna, state.getProperty("station-id"));
    }

    @Test
    @Order(2)
    void aLoginThatDoesNotExistGetsAClearMessage() {
        type(monitoring, "login", "nobody" + System.nanoTime() + "@example.org");
        click(monitoring, "signIn");
        assertThat(awaitText(monitoring, "signInError", t -> !t.isBlank(), UI)).contains("Nobody with an authenticator has this email or phone");
        assertThat(text(monitoring, "person")).isEqualTo("Nobody signed in");
    }

    @Test
    @Order(3)
    void aDoctorSignsInByCibaApprovingOnTheAuthenticatorTheBindingMessageTheStationShows() throws Exception {
        type(monitoring, "login", doctor.email());
        click(monitoring, "signIn");
        String shown = awaitText(monitoring, "binding", t -> t.contains("Sign in at Ward 7"), UI);
        screenshot(monitoring, SCREENSHOTS.resolve("station-sign-in.png"));
        String binding = shown.substring(shown.indexOf("Sign in at"));
        AuthenticatorCli.Run approved = doctor.cli().run("approve-next", "--binding-message-contains", binding, "--timeout", "30s");
        assertThat(approved.exitCode()).as(approved.output()).isZero();

        awaitText(monitoring, "person", t -> t.contains("doctor"), Duration.ofSeconds(30));
        awaitText(monitoring, "connection", t -> t.contains("Live"), UI);
        await(monitoring, "tile-" + anna, UI);
        assertThat(awaitText(monitoring, "name-" + anna, t -> t.contains("Anna Muster"), UI)).contains("76 y");
    }

    @Test
    @Order(4)
    void aValueFromTheGatewayAppearsOnItsTileWithinOneSecond() throws Exception {
        upload(annasGateway, vital("spo2", 96));
        Instant stored = Instant.now();
        awaitText(monitoring, "value-" + anna + "-spo2", t -> t.contains("96 %"), UI);
        Duration took = Duration.between(stored, Instant.now());
        assertThat(took).as("from the gateway's upload answered to the pixel").isLessThan(Duration.ofSeconds(1));
        assertThat(text(monitoring, "value-" + anna + "-spo2")).containsPattern("\\d+ s ago");
        assertThat(awaitText(monitoring, "news2-" + anna, t -> t.contains("partial"), UI)).as("NEWS2 says what it lacks")
                .contains("missing");
    }

    @Test
    @Order(5)
    void anOutOfRangeValueRaisesAnAlarmThatIsAcknowledgedAtTheStationAndRecordedByTheServer() throws Exception {
        long before = audio.awaitQuiet(NO_TONE, UI);
        upload(annasGateway, vital("heart-rate", 190));
        await(monitoring, "alarmBanner", UI);
        assertThat(awaitText(monitoring, "alarmText", t -> t.contains("♪"), UI)).containsAnyOf("▲ URGENT", "■■ EMERGENCY").contains("Anna Muster")
                .contains("♪ sounding");
        // the tone reaches the operating system's audio layer while the alert waits: 880 Hz, then 660 Hz, again and again
        byte[] heard = audio.await(before, s -> AlarmTone.beeps(s) >= 2, "two beeps of the alarm", UI);
        assertThat(AlarmTone.toneShare(heard)).as("nothing but the alarm's tones: %s", AlarmTone.describe(heard)).isGreaterThan(0.9);
        assertThat(StationDriver.find(monitoring, "alarmBanner")).as("still unacknowledged while it sounds").isPresent();
        screenshot(monitoring, SCREENSHOTS.resolve("station-monitoring-alarm.png"));
        List<String> acknowledged = acknowledgeEveryAlarm();
        assertThat(acknowledged).isNotEmpty();
        // and stops once acknowledged: ALSA gets no sample more (the last beep is written out when the line closes)
        long stopped = audio.awaitQuiet(NO_TONE, UI);
        byte[] episode = audio.from(before);
        assertThat(episode.length).isEqualTo((int) (stopped - before));
        assertThat(AlarmTone.toneShare(episode)).as("the whole episode was the alarm: %s", AlarmTone.describe(episode)).isGreaterThan(0.9);
        for (String alertId : acknowledged) {
            JsonNode alert = Json.parse(asNurse("GET", "/api/v1/alerts/" + alertId, null).body());
            assertThat(alert.get("state").asText()).isEqualTo("acknowledged");
            JsonNode last = alert.get("steps").get(alert.get("steps").size() - 1);
            assertThat(last.get("action").asText()).isEqualTo("acknowledged");
            assertThat(last.get("actor").asText()).as("recorded as the doctor signed in at the station").contains(doctor.accountId());
        }
    }

    @Test
    @Order(6)
    void badInputAtThePatientViewGetsAClearMessageAndChangesNothing() throws Exception {
        upload(annasGateway, vital("systolic-pressure", 235));
        await(monitoring, "alarmBanner", UI);
        String alertId = fx(() -> (String) monitoring.getScene().lookup("#alarmBanner").getUserData());
        click(monitoring, "bannerOpen");
        await(monitoring, "patientView", UI);
        click(monitoring, "snooze-" + alertId);
        assertThat(awaitText(monitoring, "alertMessage", t -> !t.isBlank(), UI)).contains("needs a reason").contains("Nothing was changed");
        assertThat(Json.parse(asNurse("GET", "/api/v1/alerts/" + alertId, null).body()).get("state").asText()).as("still open")
                .isIn("open", "escalated");

        type(monitoring, "manualRr", "95");
        click(monitoring, "saveManual");
        assertThat(awaitText(monitoring, "manualResult", t -> !t.isBlank(), UI)).contains("not physically possible").contains("Nothing was saved");
        JsonNode latest = Json.parse(asNurse("GET", "/api/v1/patients/" + anna + "/latest-vitals", null).body());
        assertThat(latest.get("values").findValuesAsText("kind")).as("no respiratory rate stored").doesNotContain("respiratory-rate");

        type(monitoring, "snoozeReason-" + alertId, "Doctor on the way");
        click(monitoring, "snooze-" + alertId);
        awaitText(monitoring, "message", t -> t.startsWith("Snoozed"), UI);
        assertThat(Json.parse(asNurse("GET", "/api/v1/alerts/" + alertId, null).body()).get("state").asText()).isEqualTo("snoozed");
        screenshot(monitoring, SCREENSHOTS.resolve("station-patient-view.png"));
        click(monitoring, "back");
        await(monitoring, "tile-" + anna, UI);
    }

    @Test
    @Order(7)
    void aSupervisorsAssignmentAddsATileLiveOnTheMonitoringStation() throws Exception {
        supervisorWindow = open(home.resolve("supervisor"));
        supervising = supervisorWindow.stage();
        type(supervising, "enrollmentCode", enrollmentCode("supervisor", "Supervisor desk"));
        click(supervising, "enroll");
        type(supervising, "login", supervisorPerson.email());
        click(supervising, "signIn");
        String shown = awaitText(supervising, "binding", t -> t.contains("Sign in at Supervisor desk"), UI);
        AuthenticatorCli.Run approved = supervisorPerson.cli().run("approve-next", "--binding-message-contains",
                shown.substring(shown.indexOf("Sign in at")), "--timeout", "30s");
        assertThat(approved.exitCode()).as(approved.output()).isZero();
        awaitText(supervising, "boardStatus", t -> t.contains("unassigned"), Duration.ofSeconds(30));
        // who watches each patient now: the station and the doctor signed in there
        assertThat(StationDriver.awaitCellText(supervising, t -> t.startsWith("Ward 7"), UI)).as("the station's line")
                .startsWith("Ward 7 · Dora Doctor");
        StationDriver.awaitCellText(supervising, t -> t.equals("Ward 7 · Dora Doctor"), UI);

        // Ben's heart races before he comes to this station: the alert is open on the server, no station has seen it
        upload(care.gatewayOf(ben), vital("heart-rate", 190));
        String bensAlert = awaitOpenAlert(ben);

        StationDriver.clickCell(supervising, "table-row-cell", item -> item.toString().contains(ben), UI);
        click(supervising, "assign");
        assertThat(awaitText(supervising, "boardResult", t -> !t.isBlank(), UI)).as("a station is needed").contains("Select the station");
        StationDriver.clickCell(supervising, "list-cell", item -> item.toString().contains("Ward 7"), UI);
        click(supervising, "assign");
        assertThat(awaitText(supervising, "boardResult", t -> !t.isBlank() && !t.contains("Select"), UI)).as("no reason, no change")
                .contains("Give a reason");
        type(supervising, "reason", "Night shift cover");
        click(supervising, "assign");
        awaitText(supervising, "boardResult", t -> t.contains("is now watched by Ward 7"), UI);

        await(monitoring, "tile-" + ben, UI);
        // the station lists a new patient's open alerts: the one raised before the assignment shows and sounds
        await(monitoring, "alarmBanner", UI);
        long beforeBen = audio.size();
        assertThat(awaitText(monitoring, "alarmText", t -> t.contains("♪"), UI)).containsAnyOf("▲ URGENT", "■■ EMERGENCY")
                .contains("♪ sounding");
        audio.await(beforeBen, s -> AlarmTone.beeps(s) >= 1, "a beep of the alarm", UI);
        assertThat(acknowledgeEveryAlarm()).contains(bensAlert);
        assertThat(Json.parse(asNurse("GET", "/api/v1/patients/" + ben + "/open-alerts", null).body()).get("alerts")).as("acknowledged")
                .isEmpty();
        screenshot(supervising, SCREENSHOTS.resolve("station-supervisor.png"));
        upload(annasGateway, vital("heart-rate", 82));
        awaitText(monitoring, "value-" + anna + "-heart-rate", t -> t.contains("82 /min"), UI);
        screenshot(monitoring, SCREENSHOTS.resolve("station-monitoring.png"));

        // a muted station says so in words and with a drawn icon (an emoji needs a font the workstation may lack)
        click(monitoring, "mute");
        assertThat(awaitText(monitoring, "muted", t -> !t.isBlank(), UI)).startsWith("MUTED");
        await(monitoring, "mutedIcon", UI);
        // it shows a new alarm and plays nothing
        long quiet = audio.awaitQuiet(NO_TONE, UI);
        upload(annasGateway, vital("heart-rate", 195));
        await(monitoring, "alarmBanner", UI);
        assertThat(awaitText(monitoring, "alarmText", t -> t.contains("(muted)"), UI)).containsAnyOf("▲ URGENT", "■■ EMERGENCY")
                .contains("Anna Muster").doesNotContain("♪");
        screenshot(monitoring, SCREENSHOTS.resolve("station-muted.png"));
        audio.assertNothingFor(quiet, Duration.ofSeconds(3));
        // unmuted, the same alarm sounds at once (so the capture would have heard a muted station that played)
        click(monitoring, "mute");
        StationDriver.awaitGone(monitoring, "mutedIcon", UI);
        awaitText(monitoring, "alarmText", t -> t.contains("♪ sounding"), UI);
        audio.await(quiet, s -> AlarmTone.beeps(s) >= 1, "a beep of the alarm once unmuted", UI);
        acknowledgeEveryAlarm();
        audio.awaitQuiet(NO_TONE, UI);
    }

    @Test
    @Order(8)
    void signingOutRevokesThePersonsTokens() {
        click(monitoring, "signOut");
        await(monitoring, "login", UI);
        assertThat(awaitText(monitoring, "message", t -> t.contains("revoked at"), UI)).contains("tokens were revoked");
        assertThat(StationDriver.find(monitoring, "tile-" + anna)).as("no patient data once signed out").isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private StationWindow open(Path dir) {
        StationOptions options = new StationOptions(Optional.of(URI.create(care.oidc().issuer())), dir, "it-station".toCharArray(),
                Duration.ofMinutes(30), false, Optional.empty(), Duration.ofSeconds(120));
        return fx(() -> StationWindow.open(options, new Stage()));
    }

    private String enrollmentCode(String mode, String name) {
        HttpResponse<String> issued = care.adminPost("/api/v1/admin/device-enrollments", Map.of("role", "station", "stationMode", mode,
                "stationName", name));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body()).get("enrollmentCode").asText();
    }

    private Person person(MailCatcher mail, String role, String firstName, String lastName) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person, firstName, lastName);
        HttpResponse<String> granted = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/admin/accounts/"
                + account.id() + "/roles/" + role)).header("Authorization", "Bearer " + care.oidc().adminToken())
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        AuthenticatorCli cli = new AuthenticatorCli(home.resolve("authenticator-" + role));
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", care.oidc().issuer(), "--code", account.enrollmentCode(), "--name", role);
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        return new Person(account.id(), person.email(), cli);
    }

    private void assign(String patient, String stationId) {
        HttpResponse<String> made = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments"))
                .header("Authorization", "Bearer " + supervisorStaff.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("patientId", patient, "stationId", stationId, "reason", "admission")))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    /** Acknowledges at the banner, one by one, every alarm the station sounds (one value may raise several alerts). */
    private List<String> acknowledgeEveryAlarm() {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5 && StationDriver.find(monitoring, "alarmBanner").isPresent(); i++) {
            String alertId = fx(() -> (String) monitoring.getScene().lookup("#alarmBanner").getUserData());
            click(monitoring, "bannerAck");
            awaitText(monitoring, "message", t -> t.startsWith("Acknowledged"), UI);
            acknowledged.add(alertId);
            StationDriver.pause(200);
        }
        awaitGone(monitoring, "alarmBanner", UI);
        return acknowledged;
    }

    /** Waits until the server holds an open alert for the patient (its rules run after the upload commits). */
    private String awaitOpenAlert(String patient) {
        Instant deadline = Instant.now().plus(UI);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> listed = asNurse("GET", "/api/v1/patients/" + patient + "/open-alerts", null);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonNode alerts = Json.parse(listed.body()).get("alerts");
            if (!alerts.isEmpty()) {
                assertThat(alerts.get(0).get("state").asText()).isEqualTo("open");
                return alerts.get(0).get("id").asText();
            }
            StationDriver.pause(100);
        }
        throw new AssertionError("no open alert for " + patient + " within " + UI);
    }

    private HttpResponse<String> asNurse(String method, String path, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + path)).header("Authorization", "Bearer " + nurse.accessToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private static Observation vital(String kind, double value) {
        String unit = switch (kind) {
            case "heart-rate" -> "/min";
            case "spo2" -> "%";
            default -> "mm[Hg]";
        };
        return new Observation(UUID.randomUUID(), kind, value, unit, Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(200),
                "AA:BB:CC:DD:EE:07");
    }

    private void upload(DeviceClient gateway, Observation value) throws Exception {
        new ObservationsClient(server.baseUrl()).upload(gateway.token(care.oidc()), List.of(value));
    }
}

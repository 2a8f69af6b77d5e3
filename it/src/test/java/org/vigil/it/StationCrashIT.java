package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.support.StationDriver.await;
import static org.vigil.it.support.StationDriver.awaitText;
import static org.vigil.it.support.StationDriver.click;
import static org.vigil.it.support.StationDriver.fx;
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
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.station.StationOptions;
import org.vigil.client.station.StationWindow;
import org.vigil.it.support.CrashSystemExtension;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.StationDriver;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * WildFly is killed with SIGKILL under a monitoring station a doctor is signed in at: the station's
 * window says it is reconnecting; after the restart it says it resumed with nothing missed, and every
 * value the gateway stored before and after the crash reached the patient's tile exactly once (the
 * measurement ids the tile received, read from the real window). On the crash tests' system ({@link CrashSystemExtension}), so the
 * other tests never see the crash.
 */
// crash safety is a production property: it runs once, on PostgreSQL (docs/decisions.md, "Which pass runs the crash tests")
@Tag("postgresql-only")
@ExtendWith(CrashSystemExtension.class)
class StationCrashIT {

    private static final Duration UI = Duration.ofSeconds(15);
    /** The station retries with a back-off of at most 5 s once the server answers again. */
    private static final Duration RESUME = Duration.ofSeconds(60);
    private static final int VALUES = 4;
    private static final Path SCREENSHOTS = Path.of("target", "station-screenshots");

    @Test
    void theStationShowsReconnectingThenResumesWithEveryValueExactlyOnce(VigilSystem system) throws Exception {
        StationDriver.startToolkit();
        Path home = Files.createTempDirectory("station-crash-it");
        StationWindow window = null;
        try {
            WildFlyServer server = system.server();
            CareSetup care = new CareSetup(server, system.mail());
            String anna = care.admitPatient("1950-03-01");
            DeviceClient gateway = care.gatewayOf(anna);
            CareStaff supervisor = CareStaff.login(server, system.mail(), "supervisor");
            SignUps.Person doctor = SignUps.Person.random();
            SignUps.Account account = SignUps.level1Account(server, system.mail(), doctor);
            HttpResponse<String> granted = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/admin/accounts/"
                    + account.id() + "/roles/doctor")).header("Authorization", "Bearer " + care.oidc().adminToken())
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            AuthenticatorCli phone = new AuthenticatorCli(home.resolve("authenticator"));
            AuthenticatorCli.Run enrolled = phone.run("enroll", "--server", care.oidc().issuer(), "--code", account.enrollmentCode(), "--name", "doctor");
            assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
            care.joinCareTeam(anna, account.id(), "doctor");

            // the station enrolls, Anna is put on its watch, the doctor signs in by CIBA
            Path dir = home.resolve("ward");
            StationOptions options = new StationOptions(Optional.of(URI.create(care.oidc().issuer())), dir, "it-station".toCharArray(),
                    Duration.ofMinutes(30), true, Optional.empty(), Duration.ofSeconds(120));
            window = fx(() -> StationWindow.open(options, new Stage()));
            Stage station = window.stage();
            HttpResponse<String> issued = care.adminPost("/api/v1/admin/device-enrollments", Map.of("role", "station", "stationMode", "monitoring",
                    "stationName", "Crash ward"));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            type(station, "enrollmentCode", Json.parse(issued.body()).get("enrollmentCode").asText());
            click(station, "enroll");
            await(station, "login", UI);
            assign(care, supervisor, anna, stationId(dir));
            type(station, "login", doctor.email());
            click(station, "signIn");
            String shown = awaitText(station, "binding", t -> t.contains("Sign in at Crash ward"), UI);
            AuthenticatorCli.Run approved = phone.run("approve-next", "--binding-message-contains", shown.substring(shown.indexOf("Sign in at")),
                    "--timeout", "30s");
            assertThat(approved.exitCode()).as(approved.output()).isZero();
            awaitText(station, "connection", t -> t.contains("Live"), Duration.ofSeconds(30));
            await(station, "tile-" + anna, UI);

            List<String> uploaded = new ArrayList<>();
            for (int i = 0; i < VALUES; i++) {
                uploaded.add(upload(server, care, gateway, 70 + i));
            }
            assertThat(awaitArrived(station, anna, uploaded.size(), UI)).as("before the crash").containsExactlyElementsOf(uploaded);

            server.kill();
            assertThat(awaitText(station, "connection", t -> t.contains("Reconnecting"), UI)).contains("values shown may be old");
            StationDriver.screenshot(station, SCREENSHOTS.resolve("station-reconnecting.png"));

            server.restart();
            for (int i = 0; i < VALUES; i++) {
                uploaded.add(upload(server, care, gateway, 80 + i));
            }
            assertThat(awaitText(station, "connection", t -> t.contains("Resumed") || t.contains("Replay incomplete"), RESUME))
                    .as("the live log outlives the crash: the server replays what the station missed").contains("Resumed — nothing missed");
            // a replay comes before the server's "ready", and the station says "resumed" after that: once every value is in,
            // a duplicate from the replay would already be in the list too
            assertThat(awaitArrived(station, anna, uploaded.size(), UI)).as("every value once, in the order stored")
                    .containsExactlyElementsOf(uploaded);
            assertThat(awaitText(station, "value-" + anna + "-heart-rate", t -> t.contains((80 + VALUES - 1) + " /min"), UI))
                    .as("the tile shows the newest value").doesNotContain("STALE");
            StationDriver.screenshot(station, SCREENSHOTS.resolve("station-resumed.png"));
        } finally {
            if (window != null) {
                StationWindow w = window;
                fx(() -> {
                    w.close();
                    w.stage().close();
                    return null;
                });
            }
        }
    }

    /** The measurement ids the patient's tile received, once at least {@code count} arrived. */
    private static List<String> awaitArrived(Stage station, String patient, int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<String> arrived = List.of();
        while (Instant.now().isBefore(deadline)) {
            arrived = fx(() -> {
                Node tile = station.getScene().lookup("#tile-" + patient);
                @SuppressWarnings("unchecked")
                Supplier<List<String>> received = tile == null ? null : (Supplier<List<String>>) tile.getProperties().get("vigil.arrivedMeasurements");
                return received == null ? List.<String>of() : received.get();
            });
            if (arrived.size() >= count) {
                return arrived;
            }
            StationDriver.pause(20);
        }
        throw new AssertionError("the tile received " + arrived.size() + " of " + count + " values within " + within + ": " + arrived);
    }

    private static String stationId(Path dir) throws Exception {
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("station.properties"))) {
            state.load(in);
        }
        return state.getProperty("station-id");
    }

    private static void assign(CareSetup care, CareStaff supervisor, String patient, String stationId) {
        HttpResponse<String> made = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments"))
                .header("Authorization", "Bearer " + supervisor.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("patientId", patient, "stationId", stationId, "reason", "admission")))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    /** One heart rate through the upload API as the gateway sends it. @return its measurement id */
    private static String upload(WildFlyServer server, CareSetup care, DeviceClient gateway, int heartRate) throws Exception {
        UUID id = UUID.randomUUID();
        new ObservationsClient(server.baseUrl()).upload(gateway.token(care.oidc()), List.of(new Observation(id, "heart-rate", heartRate, "/min",
                Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(200), "AA:BB:CC:DD:EE:08")));
        return id.toString();
    }
}

package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.ObservationsResponse;
import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationFeedClosedException;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareSetup.Station;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.StalledStation;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * Gateways upload (with retries and duplicates), a supervisor assigns patients to stations, and
 * stations on {@code /ws/station} receive exactly the stored observations and the alerts of their
 * patients, live, and resume after a reconnect without gap or duplicate; the care team
 * acknowledges and snoozes alerts, and an unacknowledged one escalates to a push.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationLiveIT {

    private static final Duration QUIET = Duration.ofSeconds(3);
    /** Longer than the HTTP listener's 90-s read timeout. */
    private static final Duration QUIET_NIGHT = Duration.ofSeconds(100);
    /**
     * The listener's read timeout does not depend on the database, and on PostgreSQL the night would outlast the other
     * tests by a minute: it is watched in the H2 pass only.
     */
    private static final boolean QUIET_NIGHT_RUNS = "h2".equals(System.getProperty("vigil.it.database"));
    /** Uploads of 2,000 values (about 0.4 MB each as a live event) that overrun the TCP buffers and the tests' station backlog. */
    private static final int STALLING_UPLOADS = 60;

    /** A station whose one patient sends nothing, listening from before the first test to after the last. */
    private record QuietNight(CareSetup care, DeviceClient gateway, StationFeed feed, Instant openedAt) {
    }

    private QuietNight night;

    @BeforeAll
    void aQuietNightBegins(WildFlyServer server, MailCatcher mail) throws Exception {
        if (!QUIET_NIGHT_RUNS) {
            return;
        }
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1951-04-04");
        DeviceClient gateway = care.gatewayOf(patient);
        Station station = care.station("Night ward");
        assign(care, CareStaff.login(server, mail, "supervisor"), patient, station.id());
        StationFeed feed = connect(server, care, station, null);
        assertThat(feed.next(Duration.ZERO)).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo("ready"));
        night = new QuietNight(care, gateway, feed, Instant.now());
    }

    @AfterAll
    void theNightEnds() throws Exception {
        if (night != null) {
            night.feed().close();
        }
    }

    @Test
    void aStationReceivesExactlyTheStoredObservationsOfItsPatientsAndSeesReassignmentLive(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String anna = care.admitPatient("1950-03-01");
        String ben = care.admitPatient("1962-07-15");
        DeviceClient annasGateway = care.gatewayOf(anna);
        DeviceClient bensGateway = care.gatewayOf(ben);
        Station ward = care.station("Ward 1");
        Station night = care.station("Night desk");
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        assign(care, supervisor, anna, ward.id());
        JsonNode bensAssignment = assign(care, supervisor, ben, night.id());

        try (StationFeed wardFeed = connect(server, care, ward, null); StationFeed nightFeed = connect(server, care, night, null)) {
            List<Observation> annas = List.of(vital("heart-rate", 72, 50), vital("spo2", 97, 40), vital("systolic-pressure", 124, 30));
            List<Observation> withRepeat = new ArrayList<>(annas);
            withRepeat.add(annas.get(0));
            upload(server, care, annasGateway, withRepeat);
            upload(server, care, annasGateway, annas); // the gateway's retry: all duplicates, nothing published
            List<Observation> bens = List.of(vital("heart-rate", 64, 20));
            upload(server, care, bensGateway, bens);

            assertThat(measurementIds(eventsUntilQuiet(wardFeed), "observations")).containsExactlyInAnyOrderElementsOf(ids(annas));
            List<StationMessage> nightSaw = eventsUntilQuiet(nightFeed);
            assertThat(measurementIds(nightSaw, "observations")).containsExactlyElementsOf(ids(bens));
            assertThat(nightSaw).allMatch(m -> m.patientId().equals(ben));

            HttpResponse<String> moved = supervisorPost(care, supervisor, "/api/v1/assignments/" + bensAssignment.get("id").asLong() + "/reassignment",
                    Map.of("stationId", ward.id()));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(awaitEvent(wardFeed, m -> m.type().equals("assigned") && m.patientId().equals(ben))).isPresent();
            assertThat(awaitEvent(nightFeed, m -> m.type().equals("released") && m.patientId().equals(ben))).isPresent();

            List<Observation> bensLater = List.of(vital("heart-rate", 66, 5));
            upload(server, care, bensGateway, bensLater);
            assertThat(measurementIds(eventsUntilQuiet(wardFeed), "observations")).containsExactlyElementsOf(ids(bensLater));
            assertThat(eventsUntilQuiet(nightFeed)).as("the night desk no longer watches Ben").isEmpty();
        }

        HttpResponse<String> history = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments?patientId=" + ben))
                .header("Authorization", "Bearer " + supervisor.accessToken()).GET());
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode rows = Json.parse(history.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("stationId").asText()).isEqualTo(ward.id());
        assertThat(rows.get(0).hasNonNull("releasedAt")).as("still lasting").isFalse();
        assertThat(rows.get(1).get("stationId").asText()).isEqualTo(night.id());
        assertThat(rows.get(1).get("releasedBy").asText()).isEqualTo(supervisor.accountId());
        assertThat(rows.get(1).get("assignedBy").asText()).isEqualTo(supervisor.accountId());
    }

    @Test
    void aStationThatReconnectsGetsWhatItMissedOnceThenLive(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1948-11-02");
        DeviceClient gateway = care.gatewayOf(patient);
        Station station = care.station("Ward 2");
        assign(care, CareStaff.login(server, mail, "supervisor"), patient, station.id());
        List<Observation> first = List.of(vital("heart-rate", 70, 60));
        List<Observation> missed = List.of(vital("heart-rate", 71, 50), vital("spo2", 96, 45));
        List<Observation> later = List.of(vital("heart-rate", 73, 40));

        long resumeFrom;
        try (StationFeed feed = connect(server, care, station, null)) {
            upload(server, care, gateway, first);
            assertThat(measurementIds(eventsUntilQuiet(feed), "observations")).containsExactlyElementsOf(ids(first));
            resumeFrom = feed.lastEventId();
        }
        upload(server, care, gateway, missed);
        try (StationFeed feed = connect(server, care, station, resumeFrom)) {
            upload(server, care, gateway, later);
            List<StationMessage> received = eventsUntilQuiet(feed);

            assertThat(measurementIds(received, "observations")).containsExactlyElementsOf(concat(ids(missed), ids(later)));
            assertThat(received).extracting(StationMessage::id).doesNotHaveDuplicates().isSorted().allMatch(id -> id > resumeFrom);
        }
    }

    /**
     * Read last: the feed was opened before the other tests, so the quiet night overlaps their work
     * instead of adding 100 s to the suite.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    @EnabledIfSystemProperty(named = "vigil.it.database", matches = "h2")
    void aQuietStationStaysConnectedPastTheListenersReadTimeout(WildFlyServer server) throws Exception {
        // a second more: the feed's poll runs on the monotonic clock, which may end a hair before the wall clock's 100 s
        Duration left = QUIET_NIGHT.minus(Duration.between(night.openedAt(), Instant.now())).plusSeconds(1);
        // a station only listens; WildFly's HTTP listener closes a connection it has read nothing from for 90 s
        assertThat(night.feed().next(left.isNegative() ? Duration.ZERO : left)).as("a quiet night: nothing to see, and still connected").isEmpty();
        assertThat(Duration.between(night.openedAt(), Instant.now())).isGreaterThanOrEqualTo(QUIET_NIGHT);
        List<Observation> late = List.of(vital("heart-rate", 69, 1));
        upload(server, night.care(), night.gateway(), late);
        assertThat(measurementIds(eventsUntilQuiet(night.feed()), "observations")).containsExactlyElementsOf(ids(late));
    }

    @Test
    @Tag("once")
    void aStationThatStopsReadingFallsBehindAloneThenResumesWithoutAGap(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1952-06-06");
        DeviceClient gateway = care.gatewayOf(patient);
        Station stalled = care.station("Stalled desk");
        Station watching = care.station("Watching desk");
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        assign(care, supervisor, patient, stalled.id());
        assign(care, supervisor, patient, watching.id());

        List<String> uploaded = new ArrayList<>();
        try (StationFeed feed = connect(server, care, watching, null);
             StalledStation stuck = StalledStation.connect(server.baseUrl(), stalled.device().token(care.oidc()))) {
            // enough full batches to fill the TCP buffers towards the stalled station, then its backlog on the server
            for (int i = 0; i < STALLING_UPLOADS; i++) {
                List<Observation> batch = IntStream.range(0, 2000).mapToObj(n -> vital("heart-rate", 70, 1)).toList();
                upload(server, care, gateway, batch);
                uploaded.addAll(ids(batch));
            }
            assertThat(measurementIds(eventsUntilQuiet(feed), "observations")).as("the station that reads is not held up")
                    .isEqualTo(uploaded);

            assertThat(stuck.readEverything(Duration.ofSeconds(60))).as("told to come back later").isEqualTo(1013);
            List<JsonNode> before = stuck.received().stream().filter(m -> m.hasNonNull("id")).toList();
            assertThat(before.size()).as("it fell behind before the end").isLessThan(STALLING_UPLOADS);
            List<String> seen = new ArrayList<>();
            before.forEach(m -> m.get("data").get("observations").forEach(o -> seen.add(o.get("measurementId").asText())));
            try (StationFeed resumed = connect(server, care, stalled, before.get(before.size() - 1).get("id").asLong())) {
                seen.addAll(measurementIds(eventsUntilQuiet(resumed), "observations"));
            }
            assertThat(seen).as("what it read, then what was replayed: everything once, in order").isEqualTo(uploaded);
        }
    }

    @Test
    void anAbnormalValueRaisesOneAlertThatTheCareTeamAcknowledgesSnoozesOrLetsEscalate(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1955-05-05");
        DeviceClient gateway = care.gatewayOf(patient);
        Station station = care.station("ICU");
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        CareStaff outsider = CareStaff.login(server, mail, "doctor");
        care.joinCareTeam(patient, nurse.accountId(), "nurse");
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        assign(care, supervisor, patient, station.id());

        try (StationFeed feed = connect(server, care, station, null)) {
            upload(server, care, gateway, List.of(vital("heart-rate", 150, 30)));
            upload(server, care, gateway, List.of(vital("heart-rate", 155, 20), vital("heart-rate", 152, 10)));
            List<StationMessage> seen = eventsUntilQuiet(feed);
            List<StationMessage> raised = alertSteps(seen, "threshold:heart-rate:high", "raised");
            assertThat(raised).as("raised once, however many readings").hasSize(1);
            String heartAlert = raised.get(0).data().get("alertId").asText();
            assertThat(alertSteps(seen, "news2", "raised")).as("a red pulse score makes a partial NEWS2").hasSize(1);
            assertThat(alertSteps(seen, "news2", "raised").get(0).data().get("message").asText()).startsWith("partial NEWS2");

            assertThat(carePost(care, outsider, "/api/v1/alerts/" + heartAlert + "/acknowledgement", null).statusCode())
                    .as("a doctor outside the care team").isEqualTo(403);
            HttpResponse<String> acknowledged = carePost(care, nurse, "/api/v1/alerts/" + heartAlert + "/acknowledgement", null);
            assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
            assertThat(Json.parse(acknowledged.body()).get("state").asText()).isEqualTo("acknowledged");
            assertThat(awaitEvent(feed, m -> isStep(m, "threshold:heart-rate:high", "acknowledged"))).isPresent();
            assertThat(carePost(care, nurse, "/api/v1/alerts/" + heartAlert + "/acknowledgement", null).statusCode())
                    .as("acknowledged twice").isEqualTo(409);

            String news2Alert = alertSteps(seen, "news2", "raised").get(0).data().get("alertId").asText();
            HttpResponse<String> noReason = carePost(care, nurse, "/api/v1/alerts/" + news2Alert + "/snooze",
                    Map.of("until", Instant.now().plus(30, ChronoUnit.MINUTES).toString(), "reason", " "));
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(Json.parse(noReason.body()).get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
            HttpResponse<String> snoozed = carePost(care, nurse, "/api/v1/alerts/" + news2Alert + "/snooze",
                    Map.of("until", Instant.now().plus(30, ChronoUnit.MINUTES).toString(), "reason", "doctor on the way"));
            assertThat(snoozed.statusCode()).as(snoozed.body()).isEqualTo(200);
            assertThat(awaitEvent(feed, m -> isStep(m, "news2", "snoozed") && m.data().get("reason").asText().startsWith("doctor on the way")))
                    .isPresent();

            PushSocket nursePhone = PushSocket.authenticated(server, nurse.device());
            upload(server, care, gateway, List.of(vital("systolic-pressure", 210, 5)));
            Optional<StationMessage> pressure = awaitEvent(feed, m -> isStep(m, "threshold:systolic-pressure:high", "raised"));
            assertThat(pressure).isPresent();
            Optional<StationMessage> escalated = awaitEvent(feed, m -> isStep(m, "threshold:systolic-pressure:high", "escalated"),
                    Duration.ofSeconds(VigilSystem.ESCALATION_SECONDS + 15));
            assertThat(escalated).as("unacknowledged past the escalation time").isPresent();
            JsonNode escalation = nursePhone.nextMessage("alert-escalation", Duration.ofSeconds(30));
            assertThat(escalation.toString()).as("the push names the escalated alert")
                    .contains(pressure.get().data().get("alertId").asText());
            nursePhone.close();

            HttpResponse<String> history = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/alerts/"
                    + pressure.get().data().get("alertId").asText())).header("Authorization", "Bearer " + nurse.accessToken()).GET());
            assertThat(history.statusCode()).isEqualTo(200);
            assertThat(Json.parse(history.body()).get("steps").findValuesAsText("action")).containsExactly("raised", "escalated");
        }
    }

    @Test
    void aSilentGatewayRaisesAStaleDataAlarmThatNewDataEnds(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1949-09-09");
        DeviceClient gateway = care.gatewayOf(patient);
        Station station = care.station("Ward 4");
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        care.joinCareTeam(patient, nurse.accountId(), "nurse");
        assign(care, CareStaff.login(server, mail, "supervisor"), patient, station.id());

        try (StationFeed feed = connect(server, care, station, null)) {
            upload(server, care, gateway, List.of(vital("heart-rate", 70, 1)));
            assertThat(careSend(care, nurse, "PUT", "/api/v1/patients/" + patient + "/silence-limits/not-a-kind",
                    Map.of("maxSilenceSeconds", 3)).statusCode()).isEqualTo(400);
            HttpResponse<String> limit = careSend(care, nurse, "PUT", "/api/v1/patients/" + patient + "/silence-limits/*",
                    Map.of("maxSilenceSeconds", 3));
            assertThat(limit.statusCode()).as(limit.body()).isEqualTo(204);

            Optional<StationMessage> stale = awaitEvent(feed, m -> isStep(m, "stale:*", "raised"), Duration.ofSeconds(20));
            assertThat(stale).as("nothing from the gateway for longer than its limit").isPresent();
            assertThat(stale.get().data().get("severity").asText()).isEqualTo("warning");
            upload(server, care, gateway, List.of(vital("heart-rate", 71, 0)));
            assertThat(awaitEvent(feed, m -> isStep(m, "stale:*", "cleared"))).as("data is back").isPresent();
        }
    }

    @Test
    void aNurseCompletesAPartialNews2AtTheBedside(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1960-01-01");
        DeviceClient gateway = care.gatewayOf(patient);
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        care.joinCareTeam(patient, nurse.accountId(), "nurse");
        upload(server, care, gateway, List.of(vital("heart-rate", 80, 30), vital("systolic-pressure", 125, 30), vital("body-temperature", 37.0, 30)));

        HttpResponse<String> partial = carePost(care, nurse, "/api/v1/patients/" + patient + "/assessments",
                Map.of("consciousness", "alert", "supplementalOxygen", false));
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
        assertThat(Json.parse(partial.body()).get("partial").asBoolean()).isTrue();
        assertThat(Json.parse(partial.body()).get("missing").toString()).contains("respiration-rate", "spo2");

        HttpResponse<String> complete = carePost(care, nurse, "/api/v1/patients/" + patient + "/assessments",
                Map.of("consciousness", "alert", "supplementalOxygen", false, "respiratoryRate", 16, "spo2", 97));
        JsonNode score = Json.parse(complete.body());
        assertThat(score.get("partial").asBoolean()).as(complete.body()).isFalse();
        assertThat(score.get("total").asInt()).isZero();
        assertThat(score.get("band").asText()).isEqualTo("low");

        HttpResponse<String> unknown = carePost(care, nurse, "/api/v1/patients/" + patient + "/assessments",
                Map.of("consciousness", "sleepy", "supplementalOxygen", false));
        assertThat(unknown.statusCode()).isEqualTo(400);
        HttpResponse<String> limits = careSend(care, nurse, "PUT", "/api/v1/patients/" + patient + "/thresholds/heart-rate", Map.of("low", 50, "high", 110));
        assertThat(limits.statusCode()).as(limits.body()).isEqualTo(204);
        assertThat(careSend(care, nurse, "PUT", "/api/v1/patients/" + patient + "/thresholds/heart-rate", Map.of("low", 120, "high", 110)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void onlySupervisorsAssignAndOnlyStationsListen(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        String patient = care.admitPatient("1970-02-02");
        DeviceClient gateway = care.gatewayOf(patient);
        Station station = care.station("Ward 3");
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        Map<String, Object> body = Map.of("patientId", patient, "stationId", station.id());

        HttpResponse<String> byNurse = supervisorPost(care, nurse, "/api/v1/assignments", body);
        assertThat(byNurse.statusCode()).isEqualTo(403);
        assertThat(byNurse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.parse(byNurse.body()).get("type").asText()).isEqualTo("urn:vigil:problem:forbidden");
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments"))
                .header("Authorization", "Bearer " + station.device().token(care.oidc())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))).statusCode()).as("a device").isEqualTo(403);
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))).statusCode())
                .as("no token").isEqualTo(401);
        assertThat(supervisorPost(care, supervisor, "/api/v1/assignments", Map.of("patientId", patient)).statusCode()).isEqualTo(400);
        assertThat(supervisorPost(care, supervisor, "/api/v1/assignments", Map.of("patientId", UUID.randomUUID().toString(),
                "stationId", station.id())).statusCode()).isEqualTo(404);
        assertThat(supervisorPost(care, supervisor, "/api/v1/assignments", body).statusCode()).isEqualTo(201);
        assertThat(supervisorPost(care, supervisor, "/api/v1/assignments", body).statusCode()).as("already assigned").isEqualTo(409);

        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), gateway.token(care.oidc()), null))
                .as("a gateway's token").isInstanceOfSatisfying(StationFeedClosedException.class, e -> assertThat(e.code()).isEqualTo(1008));
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), nurse.accessToken() + "x", null))
                .as("a broken token").isInstanceOfSatisfying(StationFeedClosedException.class, e -> assertThat(e.code()).isEqualTo(1008));
        DeviceClient unregistered = DeviceClient.register(care.oidc(), "station");
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), unregistered.token(care.oidc()), null))
                .as("a station client no admin registered as a station").isInstanceOf(StationFeedClosedException.class);
    }

    // ---------------------------------------------------------------- helpers

    private static Observation vital(String kind, double value, int secondsAgo) {
        String unit = switch (kind) {
            case "heart-rate" -> "/min";
            case "spo2" -> "%";
            case "body-temperature" -> "Cel";
            default -> "mm[Hg]";
        };
        return new Observation(UUID.randomUUID(), kind, value, unit, Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(secondsAgo),
                "AA:BB:CC:DD:EE:01");
    }

    private static ObservationsResponse upload(WildFlyServer server, CareSetup care, DeviceClient gateway, List<Observation> batch) throws Exception {
        ObservationsResponse response = new ObservationsClient(server.baseUrl()).upload(gateway.token(care.oidc()), batch);
        assertThat(response.results()).noneMatch(r -> r.status() == ObservationResult.Status.REJECTED);
        return response;
    }

    private static StationFeed connect(WildFlyServer server, CareSetup care, Station station, Long lastEventId) throws Exception {
        return StationFeed.connect(server.baseUrl(), station.device().token(care.oidc()), lastEventId);
    }

    private static JsonNode assign(CareSetup care, CareStaff supervisor, String patient, String station) {
        HttpResponse<String> made = supervisorPost(care, supervisor, "/api/v1/assignments", Map.of("patientId", patient, "stationId", station));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return Json.parse(made.body());
    }

    private static HttpResponse<String> supervisorPost(CareSetup care, CareStaff person, String path, Map<String, Object> body) {
        return careSend(care, person, "POST", path, body);
    }

    private static HttpResponse<String> carePost(CareSetup care, CareStaff person, String path, Map<String, Object> body) {
        return careSend(care, person, "POST", path, body);
    }

    private static HttpResponse<String> careSend(CareSetup care, CareStaff person, String method, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + path)).header("Authorization", "Bearer " + person.accessToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    /** Every event until the feed stays quiet for a while (the control messages left out). */
    private static List<StationMessage> eventsUntilQuiet(StationFeed feed) throws Exception {
        List<StationMessage> events = new ArrayList<>();
        for (Optional<StationMessage> m = feed.next(QUIET); m.isPresent(); m = feed.next(QUIET)) {
            if (m.get().isEvent()) {
                events.add(m.get());
            }
        }
        return events;
    }

    private static Optional<StationMessage> awaitEvent(StationFeed feed, Predicate<StationMessage> wanted) throws Exception {
        return awaitEvent(feed, wanted, Duration.ofSeconds(10));
    }

    private static Optional<StationMessage> awaitEvent(StationFeed feed, Predicate<StationMessage> wanted, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Optional<StationMessage> m = feed.next(Duration.between(Instant.now(), deadline).plusMillis(1));
            if (m.isPresent() && m.get().isEvent() && wanted.test(m.get())) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static boolean isStep(StationMessage m, String condition, String step) {
        return m.type().equals("alert") && m.data().get("condition").asText().equals(condition) && m.data().get("step").asText().equals(step);
    }

    private static List<StationMessage> alertSteps(List<StationMessage> events, String condition, String step) {
        return events.stream().filter(m -> isStep(m, condition, step)).toList();
    }

    private static List<String> measurementIds(List<StationMessage> events, String type) {
        List<String> ids = new ArrayList<>();
        events.stream().filter(m -> m.type().equals(type))
                .forEach(m -> m.data().get("observations").forEach(o -> ids.add(o.get("measurementId").asText())));
        return ids;
    }

    private static List<String> ids(List<Observation> batch) {
        return batch.stream().map(o -> o.measurementId().toString()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}

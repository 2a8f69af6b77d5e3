package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.CallSignalingClosedException;
import org.vigil.it.support.CallRecords;
import org.vigil.it.support.CallSocket;
import org.vigil.it.support.CallingStation;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.TurnServer;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * Video call signaling on {@code /ws/call} against the deployed server: a station assigned to the
 * patient, with a doctor signed in by CIBA, calls the patient's gateway; the call rings, is
 * accepted, offer, answer and candidates are relayed to the other party only, and it ends, and the
 * record is in the patient's calls and on the read-audit trail. Refused: a station not assigned, a
 * station with nobody signed in, strangers to the call asking for its credentials or joining it.
 * Missed, declined, a gateway offline and a gateway that disappears. Then coturn itself accepts the
 * TURN credentials the server handed out and refuses expired ones.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallSignalingIT {

    private CareWorld world;
    private URI baseUrl;
    private String patientId;
    private DeviceClient gateway;
    private DeviceClient otherGateway;
    private CallingStation assigned;
    private CallingStation unassigned;
    private CallingStation.Staff doctor;
    private String doctorAtAssigned;
    private String doctorAtUnassigned;
    private CareWorld.Person supervisor;

    @TempDir
    Path work;

    @BeforeAll
    void aPatientWithAGatewayAndTwoStations(WildFlyServer server, MailCatcher mail) {
        world = new CareWorld(server, mail);
        baseUrl = server.baseUrl();
        patientId = world.admit(new CareWorld.Person(UUID.randomUUID().toString(), null, null));
        gateway = world.gateway(patientId);
        otherGateway = world.gateway(world.admit(new CareWorld.Person(UUID.randomUUID().toString(), null, null)));
        assigned = CallingStation.register(world, "Ward 3 screen");
        unassigned = CallingStation.register(world, "Ward 7 screen");
        supervisor = world.person("supervisor");
        world.assign(supervisor, patientId, assigned.stationId());
        doctor = CallingStation.staff(server, mail, world, "doctor", "Anna", "Meyer");
        doctorAtAssigned = assigned.signIn(doctor);
        doctorAtUnassigned = unassigned.signIn(doctor);
    }

    /** Calls a test left end when its sockets close, which the server learns a moment later; the patient is busy until then. */
    @BeforeEach
    void noCallOfAnEarlierTestIsLive() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (liveCalls() > 0) {
            assertThat(Instant.now()).as("earlier calls end").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private long liveCalls() {
        HttpResponse<String> calls = world.call("GET", "/api/v1/patients/" + patientId + "/calls", null, assigned.token());
        assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
        long live = 0;
        for (JsonNode call : Json.parse(calls.body()).get("calls")) {
            String state = call.get("state").asText();
            live += state.equals("ringing") || state.equals("accepted") ? 1 : 0;
        }
        return live;
    }

    @Test
    void anAssignedStationWithADoctorCallsTheGatewayAndOnlyTheTwoSignal() {
        try (CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
                CallSocket station = CallSocket.ready(baseUrl, assigned.token(), doctorAtAssigned);
                CallSocket stranger = CallSocket.ready(baseUrl, unassigned.token(), doctorAtUnassigned);
                CallSocket otherHome = CallSocket.ready(baseUrl, otherGateway.token(world.oidc()), null)) {
            station.send(Map.of("type", "call", "patientId", patientId));
            JsonNode ringing = station.expect("ringing");
            String callId = ringing.get("callId").asText();
            JsonNode incoming = home.expect("incoming");
            assertThat(incoming.get("callId").asText()).isEqualTo(callId);
            assertThat(incoming.get("patientId").asText()).isEqualTo(patientId);
            assertThat(incoming.get("callerRole").asText()).as("the patient sees who calls").isEqualTo("doctor");
            assertThat(incoming.get("callerAccountId").asText()).isEqualTo(doctor.accountId());
            assertThat(incoming.get("callerName").asText()).as("by name, as identity knows them").isEqualTo("Anna Meyer");
            assertThat(incoming.get("stationName").asText()).isEqualTo("Ward 3 screen");
            assertThat(incoming.get("autoAnswer").asBoolean(true)).as("the patient's setting, off unless someone turned it on").isFalse();
            assertThat(ringing.get("callerName").asText()).isEqualTo("Anna Meyer");
            for (JsonNode offered : List.of(ringing, incoming)) {
                JsonNode ice = offered.get("iceServers").get(0);
                assertThat(ice.get("urls").get(0).asText()).startsWith("turn:127.0.0.1:");
                String username = ice.get("username").asText();
                assertThat(username).endsWith(":" + callId);
                long expiry = Long.parseLong(username.substring(0, username.indexOf(':')));
                assertThat(expiry - Instant.now().getEpochSecond()).as("at most 10 minutes").isBetween(500L, 600L);
                assertThat(ice.get("credential").asText()).isEqualTo(TurnServer.password(VigilSystem.TURN_SECRET, username));
            }

            // strangers to the call: another station (with a doctor signed in) and another patient's gateway
            for (String type : List.of("turn", "accept", "hangup")) {
                stranger.send(Map.of("type", type, "callId", callId));
                assertRefused(stranger.expect("refused"), type, "not-a-party");
            }
            stranger.send(Map.of("type", "offer", "callId", callId, "sdp", "v=0 stranger"));
            assertRefused(stranger.expect("refused"), "offer", "not-a-party");
            otherHome.send(Map.of("type", "accept", "callId", callId));
            assertRefused(otherHome.expect("refused"), "accept", "not-a-party");
            otherHome.send(Map.of("type", "turn", "callId", callId));
            assertRefused(otherHome.expect("refused"), "turn", "not-a-party");
            station.send(Map.of("type", "accept", "callId", callId));
            assertRefused(station.expect("refused"), "accept", "not-a-party");

            home.send(Map.of("type", "accept", "callId", callId));
            assertThat(home.expect("accepted").get("callId").asText()).isEqualTo(callId);
            assertThat(station.expect("accepted").get("callId").asText()).isEqualTo(callId);

            String offer = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n";
            station.send(Map.of("type", "offer", "callId", callId, "sdp", offer, "note", "not relayed"));
            JsonNode relayedOffer = home.expect("offer");
            assertThat(relayedOffer.get("sdp").asText()).isEqualTo(offer);
            assertThat(relayedOffer.get("from").asText()).isEqualTo("station");
            assertThat(relayedOffer.has("note")).as("only what WebRTC needs travels").isFalse();
            home.send(Map.of("type", "answer", "callId", callId, "sdp", "v=0 answer"));
            assertThat(station.expect("answer").get("sdp").asText()).isEqualTo("v=0 answer");
            String candidate = "candidate:1 1 udp 41885439 127.0.0.1 40780 typ relay raddr 0.0.0.0 rport 0";
            home.send(Map.of("type", "candidate", "callId", callId, "candidate", candidate, "sdpMid", "0", "sdpMLineIndex", 0));
            JsonNode relayedCandidate = station.expect("candidate");
            assertThat(relayedCandidate.get("candidate").asText()).isEqualTo(candidate);
            assertThat(relayedCandidate.get("sdpMid").asText()).isEqualTo("0");
            assertThat(relayedCandidate.get("sdpMLineIndex").asInt()).isZero();
            station.send(Map.of("type", "candidate", "callId", callId, "candidate", candidate.replace("40780", "40781"), "sdpMid", "0",
                    "sdpMLineIndex", 0));
            assertThat(home.expect("candidate").get("from").asText()).isEqualTo("station");
            station.send(Map.of("type", "offer", "callId", callId));
            assertRefused(station.expect("refused"), "offer", "invalid-message");

            home.send(Map.of("type", "turn", "callId", callId));
            JsonNode fresh = home.expect("turn");
            assertThat(fresh.get("iceServers").get(0).get("username").asText()).endsWith(":" + callId);

            station.send(Map.of("type", "hangup", "callId", callId));
            JsonNode ended = station.expect("ended");
            assertThat(ended.get("by").asText()).isEqualTo("station");
            assertThat(home.expect("ended").get("callId").asText()).isEqualTo(callId);
            home.send(Map.of("type", "turn", "callId", callId));
            assertRefused(home.expect("refused"), "turn", "not-live");
            assertThat(stranger.poll(Duration.ofMillis(300))).as("nothing of the call reached the stranger").isNull();
            assertThat(otherHome.poll(Duration.ofMillis(100))).isNull();

            JsonNode record = callRecord(callId);
            assertThat(record.get("state").asText()).isEqualTo("ended");
            assertThat(record.get("stationId").asText()).isEqualTo(assigned.stationId());
            assertThat(record.get("callerAccountId").asText()).isEqualTo(doctor.accountId());
            assertThat(record.get("callerRole").asText()).isEqualTo("doctor");
            assertThat(record.get("gatewayClientId").asText()).isEqualTo(gateway.clientId());
            assertThat(record.get("answeredAt").asText()).isNotBlank();
            assertThat(record.get("endedBy").asText()).isEqualTo("station");
            assertThat(record.get("durationSeconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(auditedCallers()).as("the call is on the patient's read-audit trail, the doctor as who").contains(doctor.accountId() + " 0");
        }
    }

    /**
     * Auto-answer is the patient's setting: a supervisor or a doctor of the care team sets it (problem+json for anything
     * else), and the next ring carries it to the gateway.
     */
    @Test
    void autoAnswerIsSetForThePatientByASupervisorOrTheirDoctorAndTheRingCarriesIt() {
        String settings = "/api/v1/patients/" + patientId + "/call-settings";
        CareWorld.Person teamDoctor = world.person("doctor");
        CareWorld.Person outsideDoctor = world.person("doctor");
        world.addToCareTeam(patientId, teamDoctor, "doctor");
        try {
            assertProblem(world.call("PUT", settings, "{\"autoAnswer\":true}", outsideDoctor.token()), 403, "urn:vigil:problem:forbidden");
            assertProblem(world.call("PUT", settings, "{\"autoAnswer\":true}", assigned.token()), 403, "urn:vigil:problem:forbidden");
            assertProblem(world.call("PUT", settings, "{}", supervisor.token()), 400, null);
            assertProblem(world.call("PUT", settings, "{\"autoAnswer\":", supervisor.token()), 400, null);
            assertProblem(world.call("PUT", "/api/v1/patients/" + UUID.randomUUID() + "/call-settings", "{\"autoAnswer\":true}", supervisor.token()),
                    404, "urn:vigil:problem:unknown-patient");
            assertThat(world.call("PUT", settings, "{\"autoAnswer\":true}", teamDoctor.token()).statusCode()).as("the patient's doctor").isEqualTo(204);
            try (CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
                    CallSocket station = CallSocket.ready(baseUrl, assigned.token(), doctorAtAssigned)) {
                station.send(Map.of("type", "call", "patientId", patientId));
                String callId = station.expect("ringing").get("callId").asText();
                assertThat(home.expect("incoming").get("autoAnswer").asBoolean(false)).as("the ring carries the setting").isTrue();
                station.send(Map.of("type", "hangup", "callId", callId));
                station.expect("ended");
            }
        } finally {
            HttpResponse<String> off = world.call("PUT", settings, "{\"autoAnswer\":false}", supervisor.token());
            assertThat(off.statusCode()).as("a supervisor: " + off.body()).isEqualTo(204);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (type != null) {
            assertThat(Json.parse(response.body()).get("type").asText()).isEqualTo(type);
        }
    }

    @Test
    void aStationNotAssignedOrWithNobodySignedInMayNotCall() {
        try (CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
                CallSocket elsewhere = CallSocket.ready(baseUrl, unassigned.token(), doctorAtUnassigned);
                CallSocket nobody = CallSocket.ready(baseUrl, assigned.token(), null)) {
            elsewhere.send(Map.of("type", "call", "patientId", patientId));
            assertRefused(elsewhere.expect("refused"), "call", "not-assigned");
            nobody.send(Map.of("type", "call", "patientId", patientId));
            assertRefused(nobody.expect("refused"), "call", "nobody-signed-in");
            home.send(Map.of("type", "call", "patientId", patientId));
            assertRefused(home.expect("refused"), "call", "not-a-station");
            assertThat(home.poll(Duration.ofMillis(300))).as("nothing rang").isNull();
            assertThat(auditedCallers()).as("the refused attempt is on the patient's trail").contains(doctor.accountId() + " 4");
        }
    }

    @Test
    void unansweredIsMissedDeclinedIsDeclinedAndAnOfflineGatewayIsSaidBeforeRinging() {
        try (CallSocket station = CallSocket.ready(baseUrl, assigned.token(), doctorAtAssigned)) {
            station.send(Map.of("type", "call", "patientId", patientId));
            assertRefused(station.expect("refused"), "call", "gateway-offline");
            try (CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null)) {
                station.send(Map.of("type", "call", "patientId", patientId));
                String missed = station.expect("ringing").get("callId").asText();
                home.expect("incoming");
                JsonNode step = station.next(Duration.ofSeconds(VigilSystem.CALL_RING_SECONDS + 5));
                assertThat(step.get("type").asText()).isEqualTo("missed");
                assertThat(home.expect("missed").get("callId").asText()).isEqualTo(missed);
                home.send(Map.of("type", "accept", "callId", missed));
                assertRefused(home.expect("refused"), "accept", "wrong-state");

                station.send(Map.of("type", "call", "patientId", patientId));
                String declined = station.expect("ringing").get("callId").asText();
                home.expect("incoming");
                station.send(Map.of("type", "call", "patientId", patientId));
                assertRefused(station.expect("refused"), "call", "busy");
                home.send(Map.of("type", "decline", "callId", declined));
                assertThat(station.expect("declined").get("by").asText()).isEqualTo("gateway");
                home.expect("declined");
                assertThat(callRecord(missed).get("state").asText()).isEqualTo("missed");
                assertThat(callRecord(declined).get("state").asText()).isEqualTo("declined");
            }
        }
    }

    @Test
    void aGatewayThatDisappearsEndsTheCallOnTheStationsSide() {
        try (CallSocket station = CallSocket.ready(baseUrl, assigned.token(), doctorAtAssigned)) {
            CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
            station.send(Map.of("type", "call", "patientId", patientId));
            String callId = station.expect("ringing").get("callId").asText();
            home.expect("incoming");
            home.send(Map.of("type", "accept", "callId", callId));
            station.expect("accepted");
            home.abort();
            JsonNode ended = station.next(Duration.ofSeconds(10));
            assertThat(ended.get("type").asText()).isEqualTo("ended");
            assertThat(ended.get("by").asText()).isEqualTo("gateway");
        }
    }

    @Test
    void helloWithoutStandingIsClosedWithPolicyViolationAndBigMessagesWith1009() {
        CallSocket garbage = CallSocket.open(baseUrl);
        garbage.sendText("{not json");
        assertThat(garbage.closeCode(Duration.ofSeconds(10))).isEqualTo(1008);
        CallSocket personOnly = CallSocket.open(baseUrl);
        personOnly.send(Map.of("type", "hello", "accessToken", doctorAtAssigned));
        assertThat(personOnly.closeCode(Duration.ofSeconds(10))).as("a person's token in a device's place").isEqualTo(1008);
        CallSocket stolen = CallSocket.open(baseUrl);
        stolen.send(Map.of("type", "hello", "accessToken", unassigned.token(), "personToken", doctorAtAssigned));
        assertThat(stolen.closeCode(Duration.ofSeconds(10))).as("a doctor's token another station obtained").isEqualTo(1008);
        CallSocket unenrolled = CallSocket.open(baseUrl);
        unenrolled.send(Map.of("type", "hello", "accessToken", DeviceClient.register(world.oidc(), "gateway").token(world.oidc())));
        assertThat(unenrolled.closeCode(Duration.ofSeconds(10))).as("a gateway enrolled for nobody").isEqualTo(1008);
        CallSocket big = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
        big.send(Map.of("type", "candidate", "callId", UUID.randomUUID().toString(), "candidate", "x".repeat(20_000)));
        assertThat(big.closeCode(Duration.ofSeconds(10))).isEqualTo(1009);
    }

    /** The peers' client: the SDK's {@link CallSignaling} on both sides of a call. */
    @Test
    void theSdkCarriesACallBetweenStationAndGateway() throws Exception {
        try (CallSignaling home = CallSignaling.connect(baseUrl, gateway.token(world.oidc()), null);
                CallSignaling station = CallSignaling.connect(baseUrl, assigned.token(), doctorAtAssigned)) {
            station.call(patientId);
            CallMessage ringing = nextOf(station, "ringing");
            String callId = ringing.callId();
            CallMessage incoming = nextOf(home, "incoming");
            assertThat(incoming.callId()).isEqualTo(callId);
            assertThat(incoming.iceServers()).singleElement().satisfies(ice -> {
                assertThat(ice.urls()).singleElement().asString().startsWith("turn:127.0.0.1:");
                assertThat(ice.credential()).isEqualTo(TurnServer.password(VigilSystem.TURN_SECRET, ice.username()));
            });
            home.accept(callId);
            nextOf(station, "accepted");
            nextOf(home, "accepted");
            station.offer(callId, "v=0 sdk offer");
            assertThat(nextOf(home, "offer").sdp()).isEqualTo("v=0 sdk offer");
            home.answer(callId, "v=0 sdk answer");
            assertThat(nextOf(station, "answer").sdp()).isEqualTo("v=0 sdk answer");
            home.candidate(callId, "candidate:2 1 udp 1 127.0.0.1 40782 typ relay", "0", 0);
            assertThat(nextOf(station, "candidate").raw().get("candidate").asText()).endsWith("typ relay");
            home.requestTurn(callId);
            assertThat(nextOf(home, "turn").iceServers()).hasSize(1);
            home.hangUp(callId);
            assertThat(nextOf(station, "ended").raw().get("by").asText()).isEqualTo("gateway");
            nextOf(home, "ended");
        }
        assertThatThrownBy(() -> CallSignaling.connect(baseUrl, unassigned.token(), doctorAtAssigned))
                .isInstanceOfSatisfying(CallSignalingClosedException.class, e -> assertThat(e.code()).isEqualTo(1008));
    }

    private static CallMessage nextOf(CallSignaling signaling, String type) throws Exception {
        CallMessage m = signaling.next(Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("no " + type + " within 10 s"));
        assertThat(m.type()).as(String.valueOf(m.raw())).isEqualTo(type);
        return m;
    }

    @Test
    void coturnAcceptsTheCredentialsTheServerHandedOutAndRefusesExpiredOnes() {
        String turnUrl;
        String username;
        String credential;
        try (CallSocket home = CallSocket.ready(baseUrl, gateway.token(world.oidc()), null);
                CallSocket station = CallSocket.ready(baseUrl, assigned.token(), doctorAtAssigned)) {
            station.send(Map.of("type", "call", "patientId", patientId));
            JsonNode ice = station.expect("ringing").get("iceServers").get(0);
            turnUrl = ice.get("urls").get(0).asText();
            username = ice.get("username").asText();
            credential = ice.get("credential").asText();
        }
        String callId = username.substring(username.indexOf(':') + 1);
        // the URL the signaling handed out names the TURN server: turn:127.0.0.1:<port>?transport=udp
        int port = Integer.parseInt(turnUrl.replaceFirst("^turn:127\\.0\\.0\\.1:(\\d+).*$", "$1"));
        try (TurnServer coturn = TurnServer.start(work.resolve("coturn"), port, VigilSystem.TURN_SECRET)) {
            TurnServer.Allocation granted = coturn.allocate(username, credential);
            assertThat(granted.relayed()).as(granted.output()).isTrue();

            String expired = (Instant.now().getEpochSecond() - 60) + ":" + callId;
            TurnServer.Allocation refused = coturn.allocate(expired, TurnServer.password(VigilSystem.TURN_SECRET, expired));
            assertThat(refused.relayed()).as(refused.output()).isFalse();
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).contains("Cannot complete Allocation");

            TurnServer.Allocation forged = coturn.allocate(username, TurnServer.password("not-the-secret", username));
            assertThat(forged.relayed()).as("signed with another secret").isFalse();
        }
    }

    private JsonNode callRecord(String callId) {
        return CallRecords.find(world, patientId, callId, assigned.token());
    }

    /** The patient's read-audit trail as "who outcome" lines (FHIR AuditEvent, read by an admin). */
    private List<String> auditedCallers() {
        HttpResponse<String> response = world.admin("GET", "/fhir/AuditEvent?patient=" + patientId + "&_count=500", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> recorded = new ArrayList<>();
        for (JsonNode entry : Json.parse(response.body()).path("entry")) {
            JsonNode event = entry.get("resource");
            for (JsonNode agent : event.get("agent")) {
                if (agent.get("requestor").asBoolean()) {
                    recorded.add(agent.get("who").get("identifier").get("value").asText() + " " + event.get("outcome").asText());
                }
            }
        }
        return recorded;
    }

    private static void assertRefused(JsonNode refused, String request, String code) {
        assertThat(refused.get("request").asText()).as(refused.toString()).isEqualTo(request);
        assertThat(refused.get("code").asText()).as(refused.toString()).isEqualTo(code);
    }
}

package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CrashSystemExtension;
import org.vigil.it.support.Json;
import org.vigil.it.support.ManagementCli;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * WildFly is killed with SIGKILL while push messages wait for an offline device; after the restart
 * the device gets every one of them, and its deduplication by id shows each to the person once.
 * On the crash tests' system ({@link CrashSystemExtension}), so the other tests never see the crash.
 */
// crash safety is a production property: it runs once, on PostgreSQL (docs/decisions.md, "Which pass runs the crash tests")
@Tag("postgresql-only")
@ExtendWith(CrashSystemExtension.class)
class PushCrashIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";
    private static final int MESSAGES = 5;

    @Test
    void everyQueuedMessageIsDeliveredAfterAKillAndNoneTwiceToTheApplication(VigilSystem system) throws Exception {
        WildFlyServer server = system.server();
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, system.mail(), person), "phone");
        JsonNode client = oidc.register(Map.of("clientId", "crash-station-" + System.nanoTime(), "name", "Station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
        String station = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
        Set<String> bindings = new HashSet<>();
        for (int i = 0; i < MESSAGES; i++) {
            String binding = "Crash login " + i + " " + System.nanoTime() % 10_000;
            HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                    "binding_message", binding), station);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            bindings.add(binding);
        }

        server.kill();
        server.restart();

        List<String> shownToThePerson = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        int frames = 0;
        try (PushSocket socket = PushSocket.authenticated(server, device)) {
            // a consumption in doubt at the kill (the JMS acknowledgement prepared, the transaction's outcome not yet
            // logged) keeps its message locked until the transaction manager's periodic recovery rolls the branch back
            // on the second scan that sees it; the server scans every 20 s plus a 10 s back-off (configure.cli), so
            // such a message comes back about a minute after the restart, where Narayana's default took four
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (shownToThePerson.size() < MESSAGES && System.nanoTime() < deadline) {
                JsonNode frame = socket.poll(Duration.ofSeconds(1));
                if (frame == null || !"message".equals(frame.path("type").asText())) {
                    continue;
                }
                frames++;
                String id = frame.get("id").asText();
                if (seenIds.add(id)) {
                    shownToThePerson.add(frame.get("payload").get("bindingMessage").asText());
                }
                socket.ack(id);
            }
            // anything still arriving now is a redelivery the device must absorb
            for (JsonNode late; (late = socket.poll(Duration.ofSeconds(5))) != null; ) {
                if ("message".equals(late.path("type").asText()) && seenIds.add(late.get("id").asText())) {
                    shownToThePerson.add(late.get("payload").get("bindingMessage").asText());
                }
            }
        }

        int framesSeen = frames;
        assertThat(shownToThePerson).as(() -> "every message, once each (" + framesSeen + " frames); " + brokerState(server))
                .containsExactlyInAnyOrderElementsOf(bindings);
        assertThat(Json.parse(device.call("GET", "/api/v1/authenticators/requests", null).body())).hasSize(MESSAGES);
    }

    /** What held a missing message back: the push queue's counts and any transaction branch still in doubt. */
    private static String brokerState(WildFlyServer server) {
        String messaging = "/subsystem=messaging-activemq/server=default";
        try {
            return ManagementCli.run(server, messaging + "/jms-queue=vigil.push:read-resource(include-runtime=true)")
                    + ManagementCli.run(server, messaging + ":list-prepared-transactions");
        } catch (RuntimeException e) {
            // the description must not hide the failure it describes
            return "broker state unavailable: " + e.getMessage();
        }
    }
}

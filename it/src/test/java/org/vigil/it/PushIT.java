package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** Approval requests reach the person's devices over {@code /ws/push}, at least once, and are approved from there. */
@ExtendWith(VigilServerExtension.class)
class PushIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path home;

    @Test
    void anApprovalRequestArrivesOverTheSocketAndIsApprovedFromIt(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        assertThat(device.enroll(SignUps.level1(server, mail, person), "phone").statusCode()).isEqualTo(201);
        String binding = "Ward 4 login " + ThreadLocalRandom.current().nextInt(1000, 9999);

        try (PushSocket socket = PushSocket.authenticated(server, device)) {
            String authReqId = startCiba(oidc, person, binding);
            JsonNode message = socket.nextMessage("approval-request", WAIT);

            JsonNode request = message.get("payload");
            assertThat(request.get("bindingMessage").asText()).isEqualTo(binding);
            assertThat(message.get("id").asText()).isNotBlank();
            assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);
            socket.ack(message.get("id").asText());
            assertThat(socket.poll(Duration.ofSeconds(6))).as("acknowledged: not sent again").isNull();
            assertThat(authReqId).isNotBlank();
        }
    }

    @Test
    void anUnacknowledgedMessageComesAgainAndAnOfflineDeviceGetsItOnReconnect(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String first = "Ward 5 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String id;
        try (PushSocket socket = PushSocket.authenticated(server, device)) {
            startCiba(oidc, person, first);
            id = socket.nextMessage("approval-request", WAIT).get("id").asText();
            // no acknowledgement: the server sends the same message again after its ack timeout (3 s here)
            JsonNode again = socket.nextMessage("approval-request", WAIT);
            assertThat(again.get("id").asText()).isEqualTo(id);
            socket.abort();
        }

        String second = "Ward 6 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        startCiba(oidc, person, second);
        try (PushSocket socket = PushSocket.authenticated(server, device)) {
            JsonNode missed = socket.nextMessage("approval-request", WAIT);
            JsonNode next = socket.nextMessage("approval-request", WAIT);

            assertThat(List.of(missed.get("payload").get("bindingMessage").asText(), next.get("payload").get("bindingMessage").asText()))
                    .as("the unacknowledged one and the one sent while offline").containsExactlyInAnyOrder(first, second);
            assertThat(List.of(missed.get("id").asText(), next.get("id").asText())).contains(id);
            socket.ack(missed.get("id").asText());
            socket.ack(next.get("id").asText());
            // a send racing the reconnect may still arrive once more (at least once): never a new id
            for (JsonNode late; (late = socket.poll(Duration.ofSeconds(6))) != null; ) {
                assertThat(late.get("id").asText()).isIn(missed.get("id").asText(), next.get("id").asText());
            }
        }
    }

    @Test
    void theCliAuthenticatorWaitsForTheRequestOverPush(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", SignUps.level1(server, mail, person),
                "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        String binding = "Station 9 login " + ThreadLocalRandom.current().nextInt(1000, 9999);

        CompletableFuture<AuthenticatorCli.Run> approving = CompletableFuture.supplyAsync(
                () -> cli.run("approve-next", "--binding-message-contains", binding, "--timeout", "60s"));
        Thread.sleep(6000);
        String authReqId = startCiba(oidc, person, binding);
        AuthenticatorCli.Run approved = approving.get();

        assertThat(approved.exitCode()).as(approved.output()).isZero();
        assertThat(approved.output()).contains("Approved").contains(binding).contains("(received by push)");
        Thread.sleep(5500);
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), station.basic());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    }

    @Test
    void aSocketWithoutAValidDeviceAssertionIsRefused(WildFlyServer server, MailCatcher mail) {
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "phone");

        try (PushSocket socket = PushSocket.open(server)) {
            socket.send(Map.of("type", "ack", "id", "x"));
            JsonNode error = socket.next(WAIT);
            assertThat(error.get("type").asText()).isEqualTo("error");
            awaitClose(socket, 1008);
        }
        try (PushSocket socket = PushSocket.open(server)) {
            socket.send(Map.of("type", "authenticate", "assertion", device.assertion("GET", "/api/v1/authenticators")));
            assertThat(socket.next(WAIT).get("type").asText()).as("bound to another URL").isEqualTo("error");
            awaitClose(socket, 1008);
        }
        String assertion = device.assertion("GET", "/ws/push");
        try (PushSocket socket = PushSocket.open(server)) {
            socket.send(Map.of("type", "authenticate", "assertion", assertion));
            assertThat(socket.next(WAIT).get("type").asText()).isEqualTo("ready");
        }
        try (PushSocket socket = PushSocket.open(server)) {
            socket.send(Map.of("type", "authenticate", "assertion", assertion));
            assertThat(socket.next(WAIT).get("type").asText()).as("an assertion is single-use").isEqualTo("error");
        }
    }

    @Test
    void aDeviceRemovedByItsOwnerLosesItsOpenSocketAndCannotComeBack(WildFlyServer server, MailCatcher mail) {
        TestDevice laptop = new TestDevice(server);
        laptop.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "laptop");
        TestDevice phone = new TestDevice(server);
        phone.enroll(Json.parse(laptop.call("POST", "/api/v1/authenticators/enrollment-codes", null).body())
                .get("enrollmentCode").asText(), "phone");

        try (PushSocket phoneSocket = PushSocket.authenticated(server, phone);
             PushSocket laptopSocket = PushSocket.authenticated(server, laptop)) {
            assertThat(laptop.call("DELETE", "/api/v1/authenticators/" + phone.authenticatorId(), null).statusCode()).isEqualTo(204);

            JsonNode told = phoneSocket.next(WAIT);
            assertThat(told.get("type").asText()).isEqualTo("error");
            assertThat(told.get("detail").asText()).contains("removed");
            awaitClose(phoneSocket, 1008);
            laptopSocket.send(Map.of("type", "ping"));
            assertThat(laptopSocket.poll(Duration.ofSeconds(2))).as("the owner's other device stays connected").isNull();
            assertThat(laptopSocket.closeCode()).isNegative();
        }
        try (PushSocket again = PushSocket.open(server)) {
            again.send(Map.of("type", "authenticate", "assertion", phone.assertion("GET", "/ws/push")));
            assertThat(again.next(WAIT).get("type").asText()).as("a removed device is refused").isEqualTo("error");
            awaitClose(again, 1008);
        }
    }

    private Station station;

    private String startCiba(Oidc oidc, SignUps.Person person, String binding) {
        if (station == null) {
            JsonNode client = oidc.register(Map.of("clientId", "push-station-" + System.nanoTime(), "name", "Ward station",
                    "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
            station = new Station(client.get("clientId").asText(), client.get("clientSecret").asText());
        }
        HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding), station.basic());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return Json.parse(started.body()).get("auth_req_id").asText();
    }

    private static void awaitClose(PushSocket socket, int code) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (socket.closeCode() < 0 && System.nanoTime() < deadline) {
            socket.poll(Duration.ofMillis(100));
        }
        assertThat(socket.closeCode()).isEqualTo(code);
    }

    private record Station(String clientId, String secret) {
        String basic() {
            return Oidc.basic(clientId, secret);
        }
    }
}

package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PushService;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * Web Push to a push service of the test's own (Node.js, http_ece and jose): what it decrypts is
 * the notification, its VAPID token verifies with the server's published key. What a push
 * service refuses ends as a dead letter an admin sees, retries and drops.
 */
@ExtendWith(VigilServerExtension.class)
class WebPushIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aNotificationIsEncryptedForTheSubscriptionAndSignedWithTheServersVapidKey(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "browser");
        String vapidKey = Json.parse(Http.get(server.baseUrl().resolve("api/v1/push/vapid-public-key")).body()).get("publicKey").asText();

        try (PushService pushService = PushService.start()) {
            HttpResponse<String> subscribed = device.call("POST", "/api/v1/push/subscriptions", pushService.subscriptionJson("/ok/1"));
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            String binding = "Web push login " + ThreadLocalRandom.current().nextInt(1000, 9999);
            startCiba(oidc, person, binding);

            JsonNode received = pushService.next(WAIT);

            assertThat(received.path("error").isMissingNode()).as(received.toString()).isTrue();
            assertThat(received.get("encoding").asText()).isEqualTo("aes128gcm");
            assertThat(received.get("ttl").asInt()).isPositive();
            assertThat(received.get("vapid").get("k").asText()).isEqualTo(vapidKey);
            assertThat(received.get("vapid").get("alg").asText()).isEqualTo("ES256");
            assertThat(received.get("vapid").get("aud").asText()).startsWith("http://127.0.0.1:");
            JsonNode message = Json.parse(received.get("plaintext").asText());
            assertThat(message.get("kind").asText()).isEqualTo("approval-request");
            assertThat(message.get("payload").get("bindingMessage").asText()).isEqualTo(binding);
            assertThat(Json.parse(device.call("GET", "/api/v1/push/subscriptions", null).body())).hasSize(1);
        }
    }

    @Test
    void aRefusedMessageBecomesADeadLetterThatAnAdminSeesRetriesAndDrops(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        device.enroll(account.enrollmentCode(), "browser");
        String admin = oidc.adminToken();

        try (PushService pushService = PushService.start()) {
            device.call("POST", "/api/v1/push/subscriptions", pushService.subscriptionJson("/refuse/" + person.phone()));
            String binding = "Refused login " + ThreadLocalRandom.current().nextInt(1000, 9999);
            startCiba(oidc, person, binding);
            assertThat(pushService.next(WAIT).get("status").asInt()).isEqualTo(400);

            JsonNode dead = awaitDeadLetter(server, admin, account.id(), WAIT);
            assertThat(dead.get("channel").asText()).isEqualTo("web-push");
            assertThat(dead.get("reason").asText()).contains("400");
            assertThat(dead.get("kind").asText()).isEqualTo("approval-request");
            assertThat(dead.has("payload")).as("admins do not see what the person is asked").isFalse();
            String id = dead.get("id").asText();

            assertThat(admin(server, "POST", "dead-letters/" + id + "/retry", admin).statusCode()).isEqualTo(204);
            assertThat(pushService.next(WAIT).get("status").asInt()).as("tried again").isEqualTo(400);
            JsonNode deadAgain = awaitDeadLetter(server, admin, account.id(), WAIT);
            assertThat(deadAgain.get("messageId").asText()).isEqualTo(dead.get("messageId").asText());

            assertThat(admin(server, "DELETE", "dead-letters/" + deadAgain.get("id").asText(), admin).statusCode()).isEqualTo(204);
            assertProblem(admin(server, "DELETE", "dead-letters/" + deadAgain.get("id").asText(), admin), 404);
            assertProblem(admin(server, "POST", "dead-letters/not-an-id/retry", admin), 404);
        }
    }

    @Test
    void badSubscriptionsAndBadCallersGetProblems(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "browser");
        String keys = "\"keys\":{\"p256dh\":\"BElKGjK8Faic8tPDgF2lmKAO6BxhjMz5redOTD5PRWRw5an_0ufCK5VIzhtLQcNqxL_FuMpHnl9c9y5BTHH6zoY\","
                + "\"auth\":\"4Qs-05oZvNdkUfISYakzPw\"}";

        assertProblem(device.call("POST", "/api/v1/push/subscriptions", "{\"endpoint\":\"http://push.example.org/x\"," + keys + "}"), 400);
        assertProblem(device.call("POST", "/api/v1/push/subscriptions", "{\"endpoint\":\"https://push.example.org/x\","
                + "\"keys\":{\"p256dh\":\"short\",\"auth\":\"4Qs-05oZvNdkUfISYakzPw\"}}"), 400);
        assertProblem(device.call("POST", "/api/v1/push/subscriptions", "{\"endpoint\":"), 400);
        // a well-formed https URL that is no push service: the server would post wherever it points (SSRF)
        HttpResponse<String> internal = device.call("POST", "/api/v1/push/subscriptions",
                "{\"endpoint\":\"https://169.254.169.254/latest/meta-data/\"," + keys + "}");
        assertProblem(internal, 400);
        assertThat(internal.body()).contains("known push service");
        assertProblem(Http.post(server.baseUrl().resolve("api/v1/push/subscriptions"), "application/json",
                "{\"endpoint\":\"https://push.example.org/x\"," + keys + "}"), 401);
        assertThat(Json.parse(device.call("GET", "/api/v1/push/subscriptions", null).body())).as("nothing stored").isEmpty();
        assertProblem(device.call("DELETE", "/api/v1/push/subscriptions/" + java.util.UUID.randomUUID(), null), 404);

        assertProblem(Http.get(server.baseUrl().resolve("api/v1/admin/push/dead-letters")), 401);
        JsonNode app = oidc.register(Map.of("clientId", "push-app-" + System.nanoTime(), "name", "Some app",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials")));
        String appToken = Json.parse(oidc.tokenRequest(Map.of("grant_type", "client_credentials"),
                Oidc.basic(app.get("clientId").asText(), app.get("clientSecret").asText())).body()).get("access_token").asText();
        assertProblem(admin(server, "GET", "dead-letters", appToken), 403);

        // the send API: only the application itself, only to people who consented to it
        String someone = java.util.UUID.randomUUID().toString();
        HttpResponse<String> noConsent = send(server, appToken, "{\"recipient\":\"" + someone + "\",\"title\":\"Hello\"}");
        assertProblem(noConsent, 403);
        assertThat(Json.parse(noConsent.body()).get("type").asText()).isEqualTo("urn:vigil:problem:no-consent");
        assertProblem(send(server, appToken, "{\"recipient\":\"not-a-subject\",\"title\":\"Hello\"}"), 400);
        assertProblem(send(server, appToken, "{\"recipient\":\"" + someone + "\",\"title\":\"\"}"), 400);
        assertProblem(send(server, appToken, "{\"recipient\":\"" + someone + "\",\"title\":\"Hi\",\"ttlSeconds\":0}"), 400);
        assertProblem(send(server, appToken, "[1,2"), 400);
        assertProblem(send(server, "not-a-token", "{\"recipient\":\"" + someone + "\",\"title\":\"Hello\"}"), 401);
    }

    private static HttpResponse<String> send(WildFlyServer server, String token, String body) {
        return Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/push/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode awaitDeadLetter(WildFlyServer server, String admin, String recipient, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = admin(server, "GET", "dead-letters", admin);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            for (JsonNode each : Json.parse(list.body())) {
                if (recipient.equals(each.path("recipient").asText()) && "web-push".equals(each.path("channel").asText())) {
                    return each;
                }
            }
            sleep(300);
        }
        throw new AssertionError("no dead letter within " + timeout);
    }

    private static HttpResponse<String> admin(WildFlyServer server, String method, String path, String token) {
        return Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/admin/push/" + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static void startCiba(Oidc oidc, SignUps.Person person, String binding) {
        JsonNode client = oidc.register(Map.of("clientId", "wp-station-" + System.nanoTime(), "name", "Station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
        HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding), Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

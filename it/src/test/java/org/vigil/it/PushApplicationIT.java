package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.PushApplication;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * An application pushes to a person who consented to it, reads its delivery receipt, and the
 * per-channel counters show on the management {@code /metrics}; expired messages are purged.
 */
@ExtendWith(VigilServerExtension.class)
class PushApplicationIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aConsentedPersonGetsTheMessageAndOnlyItsSenderSeesItAcknowledged(WildFlyServer server, MailCatcher mail) {
        PushApplication app = PushApplication.register(server);
        PushApplication.Consented consented = app.consentedPerson(mail);
        double sentBefore = counter(server, "vigil_push_sent_total", "websocket");
        double acknowledgedBefore = counter(server, "vigil_push_acknowledged_total", "websocket");

        try (PushSocket socket = PushSocket.authenticated(server, consented.device())) {
            HttpResponse<String> accepted = app.send(
                    "{\"recipient\":\"" + consented.sub() + "\",\"title\":\"Your results\",\"body\":\"are in\",\"data\":{\"n\":1}}");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String messageId = Json.parse(accepted.body()).get("messageId").asText();

            JsonNode message = socket.nextMessage("app-message", WAIT);
            assertThat(message.get("id").asText()).isEqualTo(messageId);
            assertThat(message.get("payload").get("from").asText()).isEqualTo(app.clientId());
            assertThat(message.get("payload").get("title").asText()).isEqualTo("Your results");
            assertThat(message.get("payload").get("data").get("n").asInt()).isEqualTo(1);
            assertThat(awaitState(server, app.token(), messageId, "delivered").get("attempts").asInt()).isZero();

            socket.ack(messageId);
            JsonNode receipt = receipt(server, app.token(), messageId);
            JsonNode endpoint = awaitState(server, app.token(), messageId, "acknowledged");
            assertThat(endpoint.get("channel").asText()).isEqualTo("websocket");
            assertThat(endpoint.get("acknowledgedAt").asText()).isNotBlank();
            assertThat(receipt.get("recipient").asText()).isEqualTo(consented.sub());
            assertThat(receipt.get("endpoints")).hasSize(1);
            assertThat(receipt.toString()).as("no payload on a receipt").doesNotContain("Your results").doesNotContain("are in");
        }

        assertThat(counter(server, "vigil_push_sent_total", "websocket")).isGreaterThan(sentBefore);
        assertThat(counter(server, "vigil_push_acknowledged_total", "websocket")).isGreaterThan(acknowledgedBefore);
    }

    @Test
    void aReceiptIsTheSendersAloneAndNeedsItsApplicationToken(WildFlyServer server, MailCatcher mail) {
        PushApplication app = PushApplication.register(server);
        PushApplication.Consented consented = app.consentedPerson(mail);
        HttpResponse<String> accepted = app.send("{\"recipient\":\"" + consented.sub() + "\",\"title\":\"Hi\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String messageId = Json.parse(accepted.body()).get("messageId").asText();
        assertThat(receiptResponse(server, app.token(), messageId).statusCode()).isEqualTo(200);

        String otherApp = PushApplication.register(server).token();
        assertProblem(receiptResponse(server, otherApp, messageId), 404);
        assertProblem(receiptResponse(server, app.token(), UUID.randomUUID().toString()), 404);
        assertProblem(receiptResponse(server, app.token(), "x".repeat(300)), 404);
        assertProblem(receiptResponse(server, "not-a-token", messageId), 401);
        assertProblem(receiptResponse(server, consented.personToken(), messageId), 403);
    }

    @Test
    void aMessageNobodyTookExpiresAndIsPurgedAfterTheRetention(WildFlyServer server, MailCatcher mail) {
        PushApplication app = PushApplication.register(server);
        PushApplication.Consented consented = app.consentedPerson(mail);
        HttpResponse<String> accepted = app.send(
                "{\"recipient\":\"" + consented.sub() + "\",\"title\":\"Soon gone\",\"ttlSeconds\":2}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String messageId = Json.parse(accepted.body()).get("messageId").asText();

        // the device is offline: pending until it expires, then purged RETENTION seconds later
        assertThat(awaitState(server, app.token(), messageId, "pending")).isNotNull();
        assertThat(awaitState(server, app.token(), messageId, "expired")).isNotNull();
        Instant keptUntil = Instant.parse(receipt(server, app.token(), messageId).get("expiresAt").asText())
                .plusSeconds(VigilSystem.PUSH_RETENTION_SECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(VigilSystem.PUSH_RETENTION_SECONDS + 15).toNanos();
        HttpResponse<String> after;
        while ((after = receiptResponse(server, app.token(), messageId)).statusCode() == 200 && System.nanoTime() < deadline) {
            sleep(300);
        }
        assertProblem(after, 404);
        assertThat(Instant.now()).as("kept for the retention after expiry").isAfterOrEqualTo(keptUntil);

        // a device connecting now is not sent the purged message
        try (PushSocket socket = PushSocket.authenticated(server, consented.device())) {
            for (JsonNode frame; (frame = socket.poll(Duration.ofSeconds(3))) != null; ) {
                assertThat(frame.path("id").asText()).isNotEqualTo(messageId);
            }
        }
    }

    // ---------------------------------------------------------------- the API

    private static HttpResponse<String> receiptResponse(WildFlyServer server, String token, String messageId) {
        return PushApplication.receipt(server, token, messageId);
    }

    private static JsonNode receipt(WildFlyServer server, String token, String messageId) {
        HttpResponse<String> response = receiptResponse(server, token, messageId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    /** The receipt's one endpoint, once it reaches {@code state}. */
    private static JsonNode awaitState(WildFlyServer server, String token, String messageId, String state) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = receipt(server, token, messageId);
            for (JsonNode endpoint : last.get("endpoints")) {
                if (state.equals(endpoint.get("state").asText())) {
                    return endpoint;
                }
            }
            sleep(100);
        }
        throw new AssertionError("never " + state + ": " + last);
    }

    /** The sum of a counter's series for one channel on the management {@code /metrics}; 0 when absent. */
    private static double counter(WildFlyServer server, String name, String channel) {
        HttpResponse<String> metrics = Http.get(server.managementUrl().resolve("metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics.body());
        double sum = 0;
        while (line.find()) {
            if (line.group(1).contains("channel=\"" + channel + "\"")) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
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

package org.vigil.client.sdk.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.care.ObservationResult.Status;

class ObservationsClientTest {

    private static final UUID ID = UUID.fromString("0b9f2a57-6f5e-4c8e-9a43-2f6b1c3d4e5f");
    private static final Observation HEART_RATE =
            new Observation(ID, "heart-rate", 72.0, "/min", Instant.parse("2026-11-24T10:00:00Z"), "AA:BB:CC:DD:EE:FF");

    private HttpServer server;
    private final AtomicReference<HttpExchange> request = new AtomicReference<>();
    private final AtomicReference<byte[]> requestBody = new AtomicReference<>();
    private volatile Answer answer;

    private record Answer(int status, String contentType, String body, String retryAfter) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/observations", exchange -> {
            request.set(exchange);
            requestBody.set(exchange.getRequestBody().readAllBytes());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ObservationsClient client() {
        return new ObservationsClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void sendsTheDocumentedRequest() throws Exception {
        answer = new Answer(200, "application/json", "{\"results\":[]}", null);

        client().upload("token-1", List.of(HEART_RATE));

        assertThat(request.get().getRequestMethod()).isEqualTo("POST");
        assertThat(request.get().getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.get().getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(requestBody.get());
        assertThat(body).isEqualTo(new ObjectMapper().readTree("""
                {"observations":[{"measurementId":"0b9f2a57-6f5e-4c8e-9a43-2f6b1c3d4e5f","kind":"heart-rate",
                  "value":72.0,"unit":"/min","measuredAt":"2026-11-24T10:00:00Z","device":"AA:BB:CC:DD:EE:FF"}]}"""));
    }

    @Test
    void readsEveryStatus() throws Exception {
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID fourth = UUID.randomUUID();
        answer = new Answer(200, "application/json", """
                {"results":[{"measurementId":"%s","status":"stored"},{"measurementId":"%s","status":"duplicate"},
                 {"measurementId":"%s","status":"rejected","reason":"unit does not match kind"},
                 {"measurementId":"%s","status":"quarantined","extra":1}]}""".formatted(ID, second, third, fourth), null);

        ObservationsResponse response = client().upload("t", List.of(HEART_RATE));

        assertThat(response.results()).containsExactly(
                new ObservationResult(ID, Status.STORED, null),
                new ObservationResult(second, Status.DUPLICATE, null),
                new ObservationResult(third, Status.REJECTED, "unit does not match kind"),
                new ObservationResult(fourth, Status.UNKNOWN, null));
        assertThat(response.results()).extracting(r -> r.status().held()).containsExactly(true, true, false, false);
    }

    @Test
    void errorsAreProblemsWithTheirRetryAfter() {
        answer = new Answer(503, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"starting\"}", "7");

        assertThatThrownBy(() -> client().upload("t", List.of(HEART_RATE)))
                .isInstanceOfSatisfying(ObservationsRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.problem().detail()).isEqualTo("starting");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void anErrorWithoutAProblemBodyStillHasItsStatus() {
        answer = new Answer(401, "text/html", "<h1>no</h1>", null);

        assertThatThrownBy(() -> client().upload("t", List.of(HEART_RATE)))
                .isInstanceOfSatisfying(ObservationsRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.retryAfter()).isEmpty();
                });
    }

    @Test
    void noServerIsAnIOException() {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> new ObservationsClient(URI.create("http://127.0.0.1:" + port)).upload("t", List.of(HEART_RATE)))
                .isInstanceOf(IOException.class);
    }
}

package org.vigil.client.sdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON over {@link HttpClient} against one Vigil server: every client of the SDK goes through
 * here, so timeouts, error bodies and JSON settings are decided once.
 */
final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    JsonHttp(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    <T> T get(String path, Class<T> type) {
        return send(request(path).GET().build(), type);
    }

    <T> T post(String path, Object body, Class<T> type) {
        try {
            HttpRequest request = request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            return send(request, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new VigilApiException(problemFrom(response));
            }
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    private Problem problemFrom(HttpResponse<byte[]> response) {
        boolean isProblem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (isProblem) {
            try {
                return json.readValue(response.body(), Problem.class);
            } catch (IOException e) {
                // fall through to a problem made from the status alone
            }
        }
        return new Problem("about:blank", "HTTP " + response.statusCode(), response.statusCode(),
                "the server answered without a problem+json body", null);
    }
}

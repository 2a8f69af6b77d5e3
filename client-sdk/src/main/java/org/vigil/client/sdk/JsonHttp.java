package org.vigil.client.sdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON over {@link HttpClient} against one Vigil server: every client of the SDK goes through
 * here, so timeouts, error bodies and JSON settings are decided once.
 *
 * <p>A non-2xx answer becomes a {@link VigilApiException} carrying the server's problem; a
 * transport failure, or a 2xx body that is not the expected JSON, an {@link UncheckedIOException}.
 */
public final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** {@code base} ends with a slash; request paths are resolved against it. */
    public JsonHttp(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public <T> T get(String path, Class<T> type) {
        return send("GET", path, null, Map.of(), json.constructType(type));
    }

    public <T> T post(String path, Object body, Class<T> type) {
        return send("POST", path, body, Map.of(), json.constructType(type));
    }

    /**
     * Sends {@code body} (none when null) as JSON with extra {@code headers} and reads the answer
     * as {@code type}; a 204, an empty body or {@code Void} gives null.
     */
    public <T> T send(String method, String path, Object body, Map<String, String> headers, TypeReference<T> type) {
        return send(method, path, body, headers, json.constructType(type));
    }

    /** A body that is not JSON (an image), with its media type. */
    public record Download(String mediaType, byte[] bytes) {
    }

    /** A GET whose answer is not JSON ({@code accept} names what is wanted); a refusal is a {@link VigilApiException} as for JSON. */
    public Download download(String path, Map<String, String> headers, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", accept + ", application/problem+json").GET();
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new VigilApiException(problemFrom(response));
            }
            return new Download(response.headers().firstValue("Content-Type").orElse("application/octet-stream"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + path, e);
        }
    }

    private <T> T send(String method, String path, Object body, Map<String, String> headers, JavaType type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(toJson(body)));
        }
        return exchange(request.build(), type);
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T exchange(HttpRequest request, JavaType type) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new VigilApiException(problemFrom(response));
            }
            if (type.hasRawClass(Void.class) || response.statusCode() == 204 || response.body().length == 0) {
                return null;
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

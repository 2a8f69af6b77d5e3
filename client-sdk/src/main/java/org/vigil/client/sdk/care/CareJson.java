package org.vigil.client.sdk.care;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.vigil.client.sdk.Problem;

/**
 * JSON settings and error handling of the care clients: instants as ISO-8601 text, unknown
 * fields ignored, unknown enum values read as their default, error bodies read as RFC 9457
 * problems.
 */
final class CareJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);

    private CareJson() {
    }

    static ObservationsRefusedException refusal(HttpResponse<byte[]> response) {
        return new ObservationsRefusedException(problem(response), retryAfter(response).orElse(null));
    }

    private static Problem problem(HttpResponse<byte[]> response) {
        boolean isProblem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (isProblem) {
            try {
                return MAPPER.readValue(response.body(), Problem.class);
            } catch (IOException e) {
                // an unreadable problem body: fall back to the status alone
            }
        }
        return new Problem("about:blank", "HTTP " + response.statusCode(), response.statusCode(),
                "the server answered without a problem+json body", null);
    }

    /** {@code Retry-After} in either of its forms: delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }
}

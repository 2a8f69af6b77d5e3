package org.vigil.client.sdk.care;

import java.time.Duration;
import java.util.Optional;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;

/**
 * The server answered a batch with an error status (problem+json): nothing of the batch was
 * stored. {@link #retryAfter()} is the server's {@code Retry-After}, when it sent one (429, 503).
 */
public class ObservationsRefusedException extends VigilApiException {

    private final transient Duration retryAfter;

    public ObservationsRefusedException(Problem problem, Duration retryAfter) {
        super(problem);
        this.retryAfter = retryAfter;
    }

    public int status() {
        return problem().status();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package org.vigil.identity.application;

import java.time.Duration;
import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** Too many requests of one kind from one address or for one recipient; try again later. */
public class RateLimitedException extends ProblemException {

    private final Duration retryAfter;

    public RateLimitedException(String what, Duration retryAfter) {
        super(429, "rate-limited", "Too many requests", "Too many " + what + ". Try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}

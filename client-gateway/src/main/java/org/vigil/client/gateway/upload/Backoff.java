package org.vigil.client.gateway.upload;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, wait a uniformly random
 * time between zero and {@code min(cap, base × 2ⁿ)}. The randomness keeps a fleet of gateways
 * that lost the server together from coming back together.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after one more failure. */
    public synchronized Duration next() {
        long ceiling = ceilingMillis(failures);
        failures = Math.min(failures + 1, 62);
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    /** The wait after one more failure, at least what the server asked for. */
    public Duration next(Duration serverAsked) {
        Duration jittered = next();
        return serverAsked.compareTo(jittered) > 0 ? serverAsked : jittered;
    }

    public synchronized void reset() {
        failures = 0;
    }

    public synchronized int failures() {
        return failures;
    }

    private long ceilingMillis(int attempt) {
        long capMillis = cap.toMillis();
        long ceiling = base.toMillis();
        for (int i = 0; i < attempt && ceiling < capMillis; i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, capMillis);
    }
}

package org.vigil.push.domain;

import java.time.Duration;

/** Delay before the next attempt: 2 s after the first failure, doubling, at most 5 minutes. */
public final class Backoff {

    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    private Backoff() {
    }

    public static Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return FIRST;
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}

package org.vigil.client.gateway.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsAreJitteredBelowAnExponentialCeilingUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(42));
        long[] ceilings = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long ceiling : ceilings) {
            for (int sample = 0; sample < 200; sample++) {
                Backoff probe = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(sample));
                for (int i = 0; i < backoff.failures(); i++) {
                    probe.next();
                }
                assertThat(probe.next()).isBetween(Duration.ZERO, Duration.ofSeconds(ceiling));
            }
            backoff.next();
        }
    }

    @Test
    void jitterSpreadsTheWaits() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(3));
        for (int i = 0; i < 6; i++) {
            backoff.next();
        }
        var waits = new java.util.HashSet<Duration>();
        for (int sample = 0; sample < 20; sample++) {
            Backoff other = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(sample));
            for (int i = 0; i < 6; i++) {
                other.next();
            }
            waits.add(other.next());
        }
        assertThat(waits).hasSizeGreaterThan(15);
    }

    @Test
    void theServersRetryAfterIsAFloorAndResetStartsOver() {
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(100), new SplittableRandom(1));
        assertThat(backoff.next(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        backoff.next();
        backoff.reset();
        assertThat(backoff.failures()).isZero();
        assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofMillis(10));
    }
}

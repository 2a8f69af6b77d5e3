package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;
import org.vigil.identity.application.RateLimit;
import org.vigil.identity.application.RateLimitedException;
import org.vigil.identity.application.RateLimiter;

/**
 * Fixed-window counters in the protocol-state cache: an atomic merge per event, each counter
 * expiring with its window, so nothing needs cleaning up and, with a distributed cache, every
 * node of a cluster counts together.
 */
@ApplicationScoped
public class InfinispanRateLimiter implements RateLimiter {

    @Resource(lookup = "java:jboss/infinispan/cache/vigil/protocol-state")
    Cache<String, Object> cache;

    @Override
    public void acquire(RateLimit limit, String key) {
        long windowMillis = limit.window().toMillis();
        long now = Instant.now().toEpochMilli();
        long window = now / windowMillis;
        String counter = "rate:" + limit.what() + ":" + key + ":" + window;
        Object hits = cache.merge(counter, 1, (a, b) -> (Integer) a + (Integer) b, windowMillis, TimeUnit.MILLISECONDS);
        if ((Integer) hits > limit.limit()) {
            throw new RateLimitedException(limit.what(), Duration.ofMillis((window + 1) * windowMillis - now));
        }
    }
}

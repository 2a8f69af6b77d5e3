package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
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
        Object hits = cache.merge(counter(limit, key, window), 1, (a, b) -> (Integer) a + (Integer) b, windowMillis, TimeUnit.MILLISECONDS);
        if ((Integer) hits > allowed(limit)) {
            throw new RateLimitedException(limit.what(), Duration.ofMillis((window + 1) * windowMillis - now));
        }
    }

    @Override
    public boolean exhausted(RateLimit limit, String key) {
        long window = Instant.now().toEpochMilli() / limit.window().toMillis();
        Object hits = cache.get(counter(limit, key, window));
        return hits != null && (Integer) hits >= allowed(limit);
    }

    private static String counter(RateLimit limit, String key, long window) {
        return "rate:" + limit.what() + ":" + key + ":" + window;
    }

    private static int allowed(RateLimit limit) {
        return ConfigProvider.getConfig().getOptionalValue("vigil.rate-limit." + limit.name(), Integer.class).orElse(limit.limit());
    }
}

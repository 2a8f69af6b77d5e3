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
        String counter = "rate:" + limit.what() + ":" + key + ":" + window;
        Object hits = cache.merge(counter, 1, (a, b) -> (Integer) a + (Integer) b, windowMillis, TimeUnit.MILLISECONDS);
        int allowed = ConfigProvider.getConfig().getOptionalValue("vigil.rate-limit." + limit.name(), Integer.class).orElse(limit.limit());
        if ((Integer) hits > allowed) {
            throw new RateLimitedException(limit.what(), Duration.ofMillis((window + 1) * windowMillis - now));
        }
    }
}

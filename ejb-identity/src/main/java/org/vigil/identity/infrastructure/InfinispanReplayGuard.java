package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;
import org.vigil.identity.application.ReplayGuard;

/** One-time values in the protocol-state cache, each expiring when it could no longer be replayed. */
@ApplicationScoped
public class InfinispanReplayGuard implements ReplayGuard {

    @Resource(lookup = "java:jboss/infinispan/cache/vigil/protocol-state")
    Cache<String, Object> cache;

    @Override
    public boolean firstUse(String namespace, String value, Instant until) {
        long lifespan = Math.max(1, Duration.between(Instant.now(), until).toMillis()) + 1000;
        return cache.putIfAbsent("once:" + namespace + ":" + value, Boolean.TRUE, lifespan, TimeUnit.MILLISECONDS) == null;
    }
}

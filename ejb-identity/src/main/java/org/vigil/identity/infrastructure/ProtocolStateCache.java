package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;

/**
 * The cache every node shares for short-lived protocol state. Only the typed stores of this package use it, each under
 * a key prefix of its own, so no other code builds a key by hand.
 */
@ApplicationScoped
class ProtocolStateCache {

    @Resource(lookup = "java:jboss/infinispan/cache/vigil/protocol-state")
    Cache<String, Object> cache;

    void put(String key, Object value, Duration lifetime) {
        cache.put(key, value, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    <T> Optional<T> get(String key, Class<T> type) {
        return Optional.ofNullable(cache.get(key)).filter(type::isInstance).map(type::cast);
    }

    /** Removes atomically: of two callers, one gets the value (a code is redeemed once). */
    <T> Optional<T> take(String key, Class<T> type) {
        return Optional.ofNullable(cache.remove(key)).filter(type::isInstance).map(type::cast);
    }

    /**
     * Stores the value, or what {@code remapping} makes of the stored one and it, in one atomic step (two concurrent
     * callers both count); the entry then lives for {@code lifetime} from now.
     */
    Object merge(String key, Object value, BiFunction<Object, Object, Object> remapping, Duration lifetime) {
        return cache.merge(key, value, remapping, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    void remove(String key) {
        cache.remove(key);
    }
}

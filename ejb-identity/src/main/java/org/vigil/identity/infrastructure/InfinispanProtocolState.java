package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;
import org.vigil.identity.oidc.ProtocolState;

@ApplicationScoped
public class InfinispanProtocolState implements ProtocolState {

    @Resource(lookup = "java:jboss/infinispan/cache/vigil/protocol-state")
    Cache<String, Object> cache;

    @Override
    public void put(String key, Object value, Duration lifetime) {
        cache.put(key, value, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> Optional<T> get(String key, Class<T> type) {
        return Optional.ofNullable(cache.get(key)).filter(type::isInstance).map(type::cast);
    }

    @Override
    public <T> Optional<T> take(String key, Class<T> type) {
        return Optional.ofNullable(cache.remove(key)).filter(type::isInstance).map(type::cast);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }
}

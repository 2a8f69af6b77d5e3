package org.vigil.identity.infrastructure;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;
import org.vigil.identity.application.DecoySignUp;
import org.vigil.identity.application.DecoySignUps;

@ApplicationScoped
public class InfinispanDecoySignUps implements DecoySignUps {

    @Resource(lookup = "java:jboss/infinispan/cache/vigil/protocol-state")
    Cache<Object, Object> cache;

    /** The cache key: a type of its own, so no other protocol state can collide with it. */
    record Key(UUID id) implements java.io.Serializable {
    }

    @Override
    public void keep(DecoySignUp decoy) {
        cache.put(new Key(decoy.id()), decoy, LIFETIME.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<DecoySignUp> find(UUID id) {
        return Optional.ofNullable(cache.get(new Key(id))).filter(DecoySignUp.class::isInstance).map(DecoySignUp.class::cast);
    }
}

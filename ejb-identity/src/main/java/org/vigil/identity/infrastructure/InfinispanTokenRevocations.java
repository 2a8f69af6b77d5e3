package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.oidc.TokenRevocations;

@ApplicationScoped
public class InfinispanTokenRevocations implements TokenRevocations {

    @Inject
    ProtocolStateCache cache;

    @Override
    public void revokeToken(String jti, Duration remaining) {
        cache.put("revoked:" + jti, Boolean.TRUE, remaining);
    }

    @Override
    public void revokeGrant(UUID grantId, Duration remaining) {
        cache.put("revoked-grant:" + grantId, Boolean.TRUE, remaining);
    }

    @Override
    public boolean tokenRevoked(String jti) {
        return cache.get("revoked:" + jti, Boolean.class).isPresent();
    }

    @Override
    public boolean grantRevoked(String grantId) {
        return cache.get("revoked-grant:" + grantId, Boolean.class).isPresent();
    }

    @Override
    public void cutOff(CutOff kind, String id, Instant at, Duration kept) {
        cache.put(cutOffKey(kind, id), at, kept);
    }

    @Override
    public Optional<Instant> cutOffAt(CutOff kind, String id) {
        return id == null ? Optional.empty() : cache.get(cutOffKey(kind, id), Instant.class);
    }

    private static String cutOffKey(CutOff kind, String id) {
        return "cutoff-" + kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}

package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.Sha256;
import org.vigil.identity.oidc.AuthorizationCodes;
import org.vigil.identity.oidc.IssuedCode;

@ApplicationScoped
public class InfinispanAuthorizationCodes implements AuthorizationCodes {

    @Inject
    ProtocolStateCache cache;

    @Override
    public void store(String code, IssuedCode issued, Duration lifetime) {
        cache.put(key(code), issued, lifetime);
    }

    @Override
    public Optional<IssuedCode> redeem(String code) {
        return cache.take(key(code), IssuedCode.class);
    }

    @Override
    public void rememberRedeemed(String code, UUID grantId) {
        cache.put("used-" + key(code), grantId, REDEEMED_MEMORY);
    }

    @Override
    public Optional<UUID> takeRedeemedGrant(String code) {
        return cache.take("used-" + key(code), UUID.class);
    }

    private static String key(String code) {
        return "code:" + Sha256.hex(code);
    }
}

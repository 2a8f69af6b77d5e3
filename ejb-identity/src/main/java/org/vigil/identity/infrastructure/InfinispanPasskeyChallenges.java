package org.vigil.identity.infrastructure;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.application.PasskeyChallenges;

@ApplicationScoped
public class InfinispanPasskeyChallenges implements PasskeyChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProtocolStateCache cache;

    @Override
    public String issue(UUID authenticatorId, Ceremony ceremony, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cache.put(key(challenge), owner(authenticatorId, ceremony), lifetime);
        return challenge;
    }

    @Override
    public boolean redeem(String challenge, UUID authenticatorId, Ceremony ceremony) {
        // taken even when it belongs to another device: a challenge shown to the wrong caller is spent
        return challenge != null && cache.take(key(challenge), String.class).filter(owner(authenticatorId, ceremony)::equals).isPresent();
    }

    private static String key(String challenge) {
        return "passkey-challenge:" + challenge;
    }

    private static String owner(UUID authenticatorId, Ceremony ceremony) {
        return authenticatorId + "/" + ceremony;
    }
}

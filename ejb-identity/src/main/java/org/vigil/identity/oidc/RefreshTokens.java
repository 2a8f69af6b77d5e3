package org.vigil.identity.oidc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.Sha256;
import org.vigil.identity.domain.StoredRefreshToken;
import org.vigil.identity.domain.StoredRefreshTokenRepository;

/** Issues, rotates and revokes refresh tokens; only their hashes are stored. */
@ApplicationScoped
public class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StoredRefreshTokenRepository tokens;

    /** The first token of a family, for a fresh login; the caller names the family to revoke it later. */
    public String issue(UUID family, String clientId, LoginSession session, String scope) {
        return issueInFamily(family, clientId, session, scope, Instant.now().plus(LIFETIME));
    }

    /** The stored token for a presented one, locked so two concurrent redemptions cannot both win. */
    public Optional<StoredRefreshToken> lookUp(String presented) {
        return tokens.lockByHash(hash(presented));
    }

    /** Uses {@code current} up and returns its successor in the same family, expiring with the family. */
    public String rotate(StoredRefreshToken current) {
        Instant now = Instant.now();
        current.use(now);
        return issueInFamily(current.familyId(), current.clientId(), current.session(), current.scope(), current.expiresAt());
    }

    public void revokeFamily(UUID familyId) {
        tokens.revokeFamily(familyId, Instant.now());
    }

    public void revokeSession(String sid) {
        tokens.revokeSession(sid, Instant.now());
    }

    private String issueInFamily(UUID family, String clientId, LoginSession session, String scope, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.store(new StoredRefreshToken(hash(token), family, clientId, session, scope, Instant.now(), expiresAt));
        return token;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}

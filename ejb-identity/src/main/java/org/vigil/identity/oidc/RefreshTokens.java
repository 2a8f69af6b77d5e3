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
        return issue(family, clientId, session, scope, null);
    }

    /** @param dpopJkt the DPoP key's thumbprint the token is bound to (its successors too), or null for an unbound one */
    public String issue(UUID family, String clientId, LoginSession session, String scope, String dpopJkt) {
        return issueInFamily(family, clientId, session, scope, Instant.now().plus(LIFETIME), dpopJkt);
    }

    /** The stored token for a presented one, locked so two concurrent redemptions cannot both win. */
    public Optional<StoredRefreshToken> lookUp(String presented) {
        return tokens.lockByHash(hash(presented));
    }

    /** Uses {@code current} up and returns its successor in the same family, expiring with the family. */
    public String rotate(StoredRefreshToken current) {
        Instant now = Instant.now();
        current.use(now);
        return issueInFamily(current.familyId(), current.clientId(), current.session(), current.scope(), current.expiresAt(),
                current.dpopJkt());
    }

    public void revokeFamily(UUID familyId) {
        tokens.revokeFamily(familyId, Instant.now());
    }

    public void revokeSession(String sid) {
        tokens.revokeSession(sid, Instant.now());
    }

    private String issueInFamily(UUID family, String clientId, LoginSession session, String scope, Instant expiresAt, String dpopJkt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        StoredRefreshToken stored = new StoredRefreshToken(hash(token), family, clientId, session, scope, Instant.now(), expiresAt);
        stored.bindTo(dpopJkt);
        tokens.store(stored);
        return token;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}

package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.StoredRefreshTokenRepository;
import org.vigil.identity.oidc.TokenRevocations.CutOff;

/**
 * Ends every token a client or a person already holds, when an admin disables the client or locks
 * the account: their refresh tokens are revoked in the database, and access tokens issued up to
 * that moment are refused by {@link AccessTokenVerifier} (API calls and introspection alike) until
 * they would have expired anyway. The moment is kept rather than a flag, so tokens issued after the
 * client is enabled or the account unlocked again work.
 */
@ApplicationScoped
public class TokenCutoffs {

    /** As long as an access token issued just before the cut-off can live, with the verifier's clock skew. */
    static final Duration KEPT = TokenMinter.ACCESS_TOKEN_LIFETIME.plus(Duration.ofMinutes(1));

    @Inject
    StoredRefreshTokenRepository refreshTokens;

    @Inject
    TokenRevocations revocations;

    /** @return how many refresh tokens were revoked */
    public int cutClient(String clientId) {
        Instant now = Instant.now();
        revocations.cutOff(CutOff.CLIENT, clientId, now, KEPT);
        return refreshTokens.revokeAllOfClient(clientId, now);
    }

    /** @return how many refresh tokens were revoked */
    public int cutAccount(UUID accountId) {
        Instant now = Instant.now();
        revocations.cutOff(CutOff.ACCOUNT, accountId.toString(), now, KEPT);
        return refreshTokens.revokeAllOfAccount(accountId, now);
    }

    /**
     * Ends what a person allowed one client: its refresh tokens for the person, and the access tokens it holds of theirs.
     *
     * @return how many refresh tokens were revoked
     */
    public int cutConsent(UUID accountId, String clientId) {
        Instant now = Instant.now();
        revocations.cutOff(CutOff.CONSENT, consentKey(accountId.toString(), clientId), now, KEPT);
        return refreshTokens.revokeAllOfAccountAtClient(accountId, clientId, now);
    }

    /** The same wait before the person allows the client again, so the new grant's tokens are not cut off too. */
    public void reopenConsent(UUID accountId, String clientId) {
        waitPastCutOff(revocations.cutOffAt(CutOff.CONSENT, consentKey(accountId.toString(), clientId)));
    }

    private static String consentKey(String subject, String clientId) {
        return subject + " " + clientId;
    }

    /**
     * Before a client is enabled again: a token's {@code iat} has whole seconds and one of the cut-off's
     * own second counts as issued before it, so the client's first new tokens must come from a later
     * second. Waits out the rest of that second (an enable right after a disable is rare; at most 1 s).
     */
    public void reopenClient(String clientId) {
        waitPastCutOff(revocations.cutOffAt(CutOff.CLIENT, clientId));
    }

    /** The same before a locked account is unlocked. */
    public void reopenAccount(UUID accountId) {
        waitPastCutOff(revocations.cutOffAt(CutOff.ACCOUNT, accountId.toString()));
    }

    private static void waitPastCutOff(Optional<Instant> cut) {
        if (cut.isEmpty()) {
            return;
        }
        long wait = cut.get().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting out the cut-off's second", e);
            }
        }
    }

    /** @throws InvalidTokenException when the token was issued before its client was disabled or its person locked */
    void check(String subject, String clientId, Instant issuedAt) {
        if (cutBefore(revocations.cutOffAt(CutOff.CLIENT, clientId), issuedAt)) {
            throw new InvalidTokenException("client disabled");
        }
        if (cutBefore(revocations.cutOffAt(CutOff.ACCOUNT, subject), issuedAt)) {
            throw new InvalidTokenException("account locked");
        }
        if (cutBefore(revocations.cutOffAt(CutOff.CONSENT, consentKey(subject, clientId)), issuedAt)) {
            throw new InvalidTokenException("consent withdrawn");
        }
    }

    private static boolean cutBefore(Optional<Instant> cut, Instant issuedAt) {
        // iat has whole seconds: a token of the cut-off's own second was issued before it or together with it
        return cut.filter(at -> issuedAt == null || !issuedAt.isAfter(at)).isPresent();
    }
}

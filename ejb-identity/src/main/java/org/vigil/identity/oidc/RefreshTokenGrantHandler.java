package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.Scope;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.StoredRefreshToken;

/**
 * RFC 6749 §6 with rotation (the OAuth 2.0 security BCP §4.14): each refresh token is used once and replaced; one
 * presented again means it was stolen, and its whole family, access tokens included, is revoked.
 */
@Dependent
public class RefreshTokenGrantHandler {

    private final RefreshTokens refreshTokens;
    private final GrantRevocation grants;
    private final AuditTrail audit;
    private final TokenIssuance issuance;

    @Inject
    public RefreshTokenGrantHandler(RefreshTokens refreshTokens, GrantRevocation grants, AuditTrail audit, TokenIssuance issuance) {
        this.refreshTokens = refreshTokens;
        this.grants = grants;
        this.audit = audit;
        this.issuance = issuance;
    }

    /** @param dpopJkt the DPoP key the token request proved, or null; a bound refresh token needs a proof by its own key */
    public AccessTokenResponse grant(OAuthClient client, String presented, Scope requested, String dpopJkt) {
        StoredRefreshToken current = refreshTokens.lookUp(presented)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is unknown."));
        if (!current.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token was issued to another client.");
        }
        if (current.wasUsed() && current.revokedAt() == null) {
            grants.revoke(current.familyId());
            audit.record("client:" + client.clientId(), "oidc.refresh-reuse", "account:" + current.session().accountId(),
                    AuditEvent.Outcome.DENIED, null, "family " + current.familyId() + " revoked");
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token was used before; all tokens of its login are revoked.");
        }
        if (!current.usable(Instant.now())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is expired or revoked.");
        }
        if (current.dpopJkt() != null && !current.dpopJkt().equals(dpopJkt)) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is bound to a DPoP key; the proof must be made with it.");
        }
        String scope = requested == null ? current.scope() : TokenIssuance.narrowed(Set.of(current.scope().split(" ")), requested);
        issuance.activeAccount(current.session());
        String next = refreshTokens.rotate(current);
        return issuance.issue(client, current.session(), scope, null, next, current.familyId(), null, dpopJkt);
    }
}

package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.OAuthClient;

/**
 * RFC 6749 §4.1.3 with PKCE (RFC 7636): a code is redeemed once, by the client it was issued to, with the same
 * redirect_uri and the verifier of its challenge, and with a proof of the DPoP key it was bound to if any (RFC 9449 §10).
 * A code presented again revokes everything its first redemption got.
 */
@Dependent
public class AuthorizationCodeGrantHandler {

    private final AuthorizationCodes codes;
    private final GrantRevocation grants;
    private final AuditTrail audit;
    private final TokenIssuance issuance;

    @Inject
    public AuthorizationCodeGrantHandler(AuthorizationCodes codes, GrantRevocation grants, AuditTrail audit, TokenIssuance issuance) {
        this.codes = codes;
        this.grants = grants;
        this.audit = audit;
        this.issuance = issuance;
    }

    /** @param dpopJkt the DPoP key the token request proved, which the tokens are bound to; null for bearer tokens */
    public AccessTokenResponse grant(OAuthClient client, AuthorizationCodeGrant code, String dpopJkt) {
        String presented = code.getAuthorizationCode().getValue();
        IssuedCode issued = codes.redeem(presented).orElseThrow(() -> {
            codes.takeRedeemedGrant(presented).ifPresent(family -> {
                grants.revoke(family);
                audit.record("client:" + client.clientId(), "oidc.code-reuse", "grant:" + family, AuditEvent.Outcome.DENIED, null,
                        "the code was redeemed before; its tokens are revoked");
            });
            return new OAuthException(OAuth2Error.INVALID_GRANT, "The authorization code is unknown, used or expired.");
        });
        if (!issued.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The authorization code was issued to another client.");
        }
        String redirectUri = code.getRedirectionURI() == null ? null : code.getRedirectionURI().toString();
        if (!issued.redirectUri().equals(redirectUri)) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "redirect_uri differs from the authorization request's.");
        }
        if (issued.codeChallenge() != null ? !Pkce.verifies(issued.codeChallenge(), code.getCodeVerifier()) : code.getCodeVerifier() != null) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The PKCE code_verifier does not match the code_challenge.");
        }
        if (issued.dpopJkt() != null && !issued.dpopJkt().equals(dpopJkt)) {
            // RFC 9449 §10: the code was bound to a key at the authorization request; only a proof of that key redeems it
            throw new OAuthException(OAuth2Error.INVALID_GRANT, dpopJkt == null
                    ? "The authorization code is bound to a DPoP key; send a DPoP proof of that key."
                    : "The DPoP proof's key is not the one the authorization code is bound to (dpop_jkt).");
        }
        UUID family = UUID.randomUUID();
        AccessTokenResponse response = issuance.issue(client, issued.session(), issued.scope(), issued.nonce(), null, family, null, dpopJkt);
        codes.rememberRedeemed(presented, family);
        audit.record("client:" + client.clientId(), "oidc.code-redeemed", "account:" + issued.session().accountId(),
                AuditEvent.Outcome.SUCCESS, null, "scope=" + issued.scope());
        return response;
    }
}

package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.vigil.identity.domain.OAuthClient;

/**
 * CIBA Core §10.1: a poll or ping client redeems its auth_req_id once the person approved; a push client gets the same
 * tokens at its notification endpoint (§10.3.1), bound to the request by the ID token.
 */
@Dependent
public class CibaGrantHandler {

    private final CibaService ciba;
    private final TokenIssuance issuance;

    @Inject
    public CibaGrantHandler(CibaService ciba, TokenIssuance issuance) {
        this.ciba = ciba;
        this.issuance = issuance;
    }

    /** @param dpopJkt the DPoP key the token request proved, or null */
    public AccessTokenResponse grant(OAuthClient client, String authReqId, String dpopJkt) {
        CibaService.Granted granted = ciba.redeem(client, authReqId);
        return issuance.issue(client, granted.session(), granted.scope(), null, null, UUID.randomUUID(), null, dpopJkt);
    }

    /** The tokens a push-mode client is sent for a decided request, or the refusal to send instead. */
    public Tokens pushTokens(OAuthClient client, String authReqId) {
        CibaService.Granted granted = ciba.issueForPush(client, authReqId);
        return issuance.issue(client, granted.session(), granted.scope(), null, null, UUID.randomUUID(), authReqId, null).getTokens();
    }
}

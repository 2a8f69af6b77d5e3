package org.vigil.identity.oidc;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.ciba.CIBAGrant;

import org.vigil.identity.domain.OAuthClient;

/**
 * The token endpoint's transaction: authenticate the client, check it may use the grant it presents, and hand the
 * grant to its handler (one class per grant type, as Keycloak's {@code protocol/oidc/grants}).
 */
@Stateless
public class TokenService {

    /** RFC 9449 §5: the error of a token request whose DPoP proof does not hold, or that lacks one it needs. */
    static final ErrorObject INVALID_DPOP_PROOF = new ErrorObject("invalid_dpop_proof", null, 400);

    @EJB
    ClientRegistry clients;

    @Inject
    AuthorizationCodeGrantHandler authorizationCode;

    @Inject
    RefreshTokenGrantHandler refreshToken;

    @Inject
    ClientCredentialsGrantHandler clientCredentials;

    @Inject
    CibaGrantHandler ciba;

    @Inject
    DpopProofs dpop;

    /**
     * @param dpopProof the request's {@code DPoP} header (RFC 9449 §5), or null: with one, the tokens are bound to its key
     */
    public AccessTokenResponse token(TokenRequest request, String tokenEndpoint, String clientAddress, String dpopProof) {
        String publicClientId = request.getClientID() == null ? null : request.getClientID().getValue();
        OAuthClient client = clients.authenticate(request.getClientAuthentication(), publicClientId, tokenEndpoint, clientAddress);
        AuthorizationGrant grant = request.getAuthorizationGrant();
        if (!client.grantTypes().contains(grant.getType().getValue())) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the " + grant.getType() + " grant.");
        }
        String jkt;
        try {
            jkt = dpop.tokenRequestKey(dpopProof, java.net.URI.create(tokenEndpoint), client.clientId(), client.requiresDpop());
        } catch (InvalidDpopProofException e) {
            throw new OAuthException(INVALID_DPOP_PROOF, e.getMessage());
        }
        if (grant instanceof ClientCredentialsGrant) {
            return clientCredentials.grant(client, request.getScope(), jkt);
        }
        if (grant instanceof AuthorizationCodeGrant code) {
            return authorizationCode.grant(client, code, jkt);
        }
        if (grant instanceof RefreshTokenGrant refresh) {
            return refreshToken.grant(client, refresh.getRefreshToken().getValue(), request.getScope(), jkt);
        }
        if (grant instanceof CIBAGrant cibaGrant) {
            return ciba.grant(client, cibaGrant.getAuthRequestID().getValue(), jkt);
        }
        throw new OAuthException(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "Unsupported grant type " + grant.getType() + ".");
    }
}

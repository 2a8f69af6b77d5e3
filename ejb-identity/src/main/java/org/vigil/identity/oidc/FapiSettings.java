package org.vigil.identity.oidc;

import org.vigil.identity.domain.OAuthClient;

/**
 * What a client is held to beyond OAuth's defaults, as the FAPI 2.0 Security Profile asks (its client metadata names).
 *
 * @param requirePushedAuthorizationRequests RFC 9126 §6: /authorize takes the client's requests only as a pushed request_uri
 * @param dpopBoundAccessTokens              RFC 9449 §5.2: the token endpoint answers the client only with a DPoP proof,
 *                                           so every access token it holds is bound to its key
 */
public record FapiSettings(boolean requirePushedAuthorizationRequests, boolean dpopBoundAccessTokens) {

    public static final FapiSettings NONE = new FapiSettings(false, false);

    public static FapiSettings of(OAuthClient client) {
        return new FapiSettings(client.requiresPushedRequests(), client.requiresDpop());
    }

    void applyTo(OAuthClient client) {
        client.holdTo(requirePushedAuthorizationRequests, dpopBoundAccessTokens);
    }
}

package org.vigil.identity.oidc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.PushedAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;

import org.vigil.identity.domain.OAuthClient;

/**
 * The pushed authorization request endpoint's transaction (RFC 9126 §2): authenticate the client as the token endpoint
 * does, bind the request to the key of a DPoP proof sent with it (RFC 9449 §10.1), then push.
 */
@Stateless
public class PushedAuthorizationService {

    /** What authenticates the client; not part of the authorization request. */
    private static final String DPOP_JKT = "dpop_jkt";

    private static final Set<String> CLIENT_AUTHENTICATION = Set.of("client_secret", "client_assertion", "client_assertion_type");

    @EJB
    ClientRegistry clients;

    @Inject
    PushedRequests pushed;

    @Inject
    DpopProofs dpop;

    /**
     * @param authentication how the client authenticated, or null for a public client (named by {@code client_id})
     * @param endpoint       this endpoint's URL, which a client assertion may name as its audience besides the issuer
     * @param dpopProof      the request's {@code DPoP} header, or null: with one, the code is bound to its key (RFC 9449 §10)
     */
    public PushedAuthorizationSuccessResponse push(ClientAuthentication authentication, Map<String, List<String>> parameters, String endpoint,
                                                  String clientAddress, String dpopProof) {
        List<String> named = parameters.get("client_id");
        String publicClientId = authentication != null || named == null || named.isEmpty() ? null : named.get(0);
        OAuthClient client = clients.authenticate(authentication, publicClientId, endpoint, clientAddress);
        if (!client.grantTypes().contains("authorization_code")) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the authorization code flow.");
        }
        Map<String, List<String>> request = new LinkedHashMap<>(parameters);
        request.keySet().removeAll(CLIENT_AUTHENTICATION);
        String proven;
        try {
            proven = dpop.tokenRequestKey(dpopProof, URI.create(endpoint), client.clientId(), false);
        } catch (InvalidDpopProofException e) {
            throw new OAuthException(TokenService.INVALID_DPOP_PROOF, e.getMessage());
        }
        if (proven != null) {
            // RFC 9449 §10.1: the proof's key becomes the request's dpop_jkt; one the client names as well must be the same
            List<String> jkt = request.get(DPOP_JKT);
            if (jkt != null && !jkt.equals(List.of(proven))) {
                throw new OAuthException(TokenService.INVALID_DPOP_PROOF, "dpop_jkt is not the thumbprint of the DPoP proof's key.");
            }
            request.put(DPOP_JKT, List.of(proven));
        }
        return pushed.push(client, request);
    }
}

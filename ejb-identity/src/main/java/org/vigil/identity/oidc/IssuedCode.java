package org.vigil.identity.oidc;

import java.io.Serializable;

import org.vigil.identity.domain.LoginSession;

/**
 * What an authorization code stands for until the client redeems it, once.
 *
 * @param codeChallenge the PKCE S256 challenge, or null when the client sent none (confidential clients only)
 * @param dpopJkt the thumbprint of the DPoP key the code is bound to (RFC 9449 §10: {@code dpop_jkt}, or the key of the
 *                proof sent with the pushed request), or null when it is bound to none
 */
public record IssuedCode(String clientId, String redirectUri, String scope, String nonce, String codeChallenge,
                                 LoginSession session, String dpopJkt) implements Serializable {

    /** A code bound to no DPoP key. */
    public IssuedCode(String clientId, String redirectUri, String scope, String nonce, String codeChallenge, LoginSession session) {
        this(clientId, redirectUri, scope, nonce, codeChallenge, session, null);
    }
}

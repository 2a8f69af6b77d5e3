package org.vigil.identity.oidc;

import java.io.Serializable;

import org.vigil.identity.domain.LoginSession;

/**
 * What an authorization code stands for until the client redeems it, once.
 *
 * @param codeChallenge the PKCE S256 challenge, or null when the client sent none (confidential clients only)
 */
public record IssuedCode(String clientId, String redirectUri, String scope, String nonce, String codeChallenge,
                                 LoginSession session) implements Serializable {
}

package org.vigil.identity.oidc.keys;

import com.nimbusds.jose.jwk.JWK;

/**
 * A signing key just made: the public JWK the JWKS publishes ({@code kid}, {@code alg}, {@code use}) and
 * what the database row keeps of the private half (sealed, or a reference to the token object).
 */
public record NewSigningKey(JWK publicJwk, String storedPrivateKey) {

    public NewSigningKey {
        if (publicJwk.isPrivate()) {
            throw new IllegalArgumentException("a new signing key is described by its public JWK only");
        }
    }
}

package org.vigil.identity.oidc.keys;

import java.util.Collection;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;

/**
 * Where the private half of a provider signing key is kept and how it signs: sealed in the database
 * row ({@link SealedSigningKeys}) or inside the PKCS#11 token with only a reference in the row
 * ({@link Pkcs11SigningKeys}). The public half is always the row's JWK.
 */
public interface SigningKeyStorage {

    /** Makes a new key pair for {@code alg} under {@code kid}. */
    NewSigningKey generate(JWSAlgorithm alg, String kid);

    /** Whether a row's stored private key is in this storage's form. */
    boolean holds(String storedPrivateKey);

    /**
     * The signer of a stored key.
     *
     * @param publicJwk the row's public JWK: the key found must be its private half
     * @throws RuntimeException with a message naming the key and where it was looked for, when it cannot sign
     */
    ActiveSigningKey signer(String kid, JWSAlgorithm alg, JWK publicJwk, String storedPrivateKey);

    /** The form a stored key should be brought to now, if it differs (a key an earlier version stored in the clear). */
    default Optional<String> upgraded(String kid, String storedPrivateKey) {
        return Optional.empty();
    }

    /** Destroys what is kept outside the database of keys no longer published; their rows stay as history. */
    default void discard(Collection<String> storedPrivateKeys) {
        // a sealed key is nothing but its row
    }

    /** Where new keys are made, for the log. */
    String describe();
}

package org.vigil.platform.secrets;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;

/**
 * A key pair kept in a PKCS#11 token under {@code alias}: the private key is a handle only (sensitive, not
 * extractable), usable by {@code provider} alone, which signs inside the token; the public key is an ordinary one.
 */
public record TokenKeyPair(String alias, PrivateKey privateKey, PublicKey publicKey, Provider provider) {
}

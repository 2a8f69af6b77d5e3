package org.vigil.identity.oidc;

import java.text.ParseException;

import com.nimbusds.jose.jwk.JWK;

import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SecretPurpose;

/**
 * How a signing key's private half is kept in {@code idn_signing_key}: the private JWK sealed with
 * the installation's at-rest key ({@link AtRestEncryption}: an Elytron credential store's key, or
 * a PKCS#11 token's AES key that never leaves the token), bound to the key's own {@code kid}, so a
 * copy of the database or a backup holds no key that signs, and a sealed key copied into another
 * row does not open there. Rows written before sealing existed hold the JWK in the clear;
 * {@link #isSealed} tells them apart so the ring can seal them.
 */
public final class SealedSigningKeys {

    static final SecretPurpose PURPOSE = SecretPurpose.of("identity.signing-key");

    private final AtRestEncryption encryption;

    public SealedSigningKeys(AtRestEncryption encryption) {
        this.encryption = encryption;
    }

    /** @return the stored form of a private signing key */
    public String seal(JWK key) {
        if (!key.isPrivate() || key.getKeyID() == null) {
            throw new IllegalArgumentException("only a private key with a kid is kept as a signing key");
        }
        return encryption.sealText(key.toJSONString(), PURPOSE.forRow(key.getKeyID()));
    }

    /**
     * @return the private key a row of {@code kid} holds, sealed or (written by an earlier version) in the clear
     * @throws IllegalStateException when it does not open or is not the private key of {@code kid}
     */
    public JWK open(String kid, String stored) {
        String json = isSealed(stored) ? encryption.openText(stored, PURPOSE.forRow(kid)) : stored;
        JWK key;
        try {
            key = JWK.parse(json);
        } catch (ParseException e) {
            // never quote the text: it may be a private key
            throw new IllegalStateException("stored signing key " + kid + " is not a JWK", e);
        }
        if (!kid.equals(key.getKeyID()) || !key.isPrivate()) {
            throw new IllegalStateException("stored signing key " + kid + " is not the private key of " + kid);
        }
        return key;
    }

    /** Whether a row's private key is sealed (false: stored in the clear by an earlier version). */
    public static boolean isSealed(String stored) {
        return AtRestEncryption.isSealed(stored);
    }
}

package org.vigil.identity.oidc.keys;

import java.text.ParseException;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.Pkcs11KeyPairs;
import org.vigil.platform.secrets.SecretPurpose;

/**
 * Signing keys kept in {@code idn_signing_key} itself: the private JWK sealed with the installation's
 * at-rest key ({@link AtRestEncryption}: an Elytron credential store's key, or a PKCS#11 token's AES
 * key that never leaves the token), bound to the key's own {@code kid}, so a copy of the database or
 * a backup holds no key that signs, and a sealed key copied into another row does not open there.
 * The opened key signs in the server's memory. Where no token is configured, new keys are made here;
 * where one is, keys made here before keep working until they rotate out. Rows written before
 * sealing existed hold the JWK in the clear; {@link #isSealed} tells them apart so the ring can seal them.
 */
public final class SealedSigningKeys implements SigningKeyStorage {

    static final SecretPurpose PURPOSE = SecretPurpose.of("identity.signing-key");

    private final AtRestEncryption encryption;

    public SealedSigningKeys(AtRestEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public NewSigningKey generate(JWSAlgorithm alg, String kid) {
        JWK key;
        try {
            if (JWSAlgorithm.ES256.equals(alg)) {
                key = new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).generate();
            } else if (JWSAlgorithm.RS256.equals(alg)) {
                key = new RSAKeyGenerator(2048).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).generate();
            } else {
                throw new IllegalArgumentException("no signing keys for " + alg);
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a " + alg + " key", e);
        }
        return new NewSigningKey(key.toPublicJWK(), seal(key));
    }

    @Override
    public boolean holds(String storedPrivateKey) {
        return !Pkcs11KeyPairs.isReference(storedPrivateKey);
    }

    @Override
    public ActiveSigningKey signer(String kid, JWSAlgorithm alg, JWK publicJwk, String storedPrivateKey) {
        // the sealed key is bound to its row's kid, so it is that row's key
        return ActiveSigningKey.of(open(kid, storedPrivateKey), alg);
    }

    @Override
    public Optional<String> upgraded(String kid, String storedPrivateKey) {
        return isSealed(storedPrivateKey) ? Optional.empty() : Optional.of(seal(open(kid, storedPrivateKey)));
    }

    @Override
    public String describe() {
        return "the database, sealed with " + encryption.describe();
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

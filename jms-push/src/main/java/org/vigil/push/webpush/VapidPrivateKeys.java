package org.vigil.push.webpush;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;

import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.KeyPairKind;
import org.vigil.platform.secrets.Pkcs11KeyPairs;
import org.vigil.platform.secrets.SecretPurpose;
import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.platform.secrets.TokenKeyPair;

/**
 * Where the VAPID private key is kept and how it signs: generated and used inside the installation's
 * PKCS#11 token when it has one (the row keeps {@code pkcs11:object=vigil-vapid-<random>}), otherwise
 * PKCS#8 sealed with the at-rest key in the row and signed in memory by the library. A key sealed
 * before a token was configured stays in use: browsers bound their subscriptions to its public key.
 */
public final class VapidPrivateKeys {

    static final SecretPurpose PURPOSE = SecretPurpose.of("push.vapid-key");

    /** A key pair just made: what the row keeps of the private key, and the public key (X.509, base64). */
    public record NewVapidKey(String storedPrivateKey, String publicKey) {
    }

    private final AtRestEncryption encryption;
    private final Optional<Pkcs11KeyPairs> token;

    public VapidPrivateKeys(AtRestEncryption encryption, Optional<Pkcs11KeyPairs> token) {
        this.encryption = encryption;
        this.token = token;
    }

    /** A new P-256 key pair, in the token when there is one; each under its own label, so two nodes' first starts do not collide. */
    public NewVapidKey generate() {
        Base64.Encoder base64 = Base64.getEncoder();
        if (token.isPresent()) {
            TokenKeyPair pair = token.get().generate("vigil-vapid-" + UUID.randomUUID(), KeyPairKind.EC_P256);
            return new NewVapidKey(Pkcs11KeyPairs.reference(pair.alias()), base64.encodeToString(pair.publicKey().getEncoded()));
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new NewVapidKey(encryption.sealText(base64.encodeToString(pair.getPrivate().getEncoded()), PURPOSE),
                    base64.encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make P-256 keys", e);
        }
    }

    /**
     * The key pair of a stored row, ready to sign VAPID JWTs.
     *
     * @throws TokenKeyException when the row names a token key this server cannot use
     */
    public VAPIDKeyPair keyPair(String storedPrivateKey, String publicKey) {
        byte[] publicBytes = Base64.getDecoder().decode(publicKey);
        if (Pkcs11KeyPairs.isReference(storedPrivateKey)) {
            Pkcs11KeyPairs keys = token.orElseThrow(() -> new TokenKeyException("the VAPID key is kept in a "
                    + "PKCS#11 token (" + storedPrivateKey + "), but this server has none configured (VIGIL_AT_REST_PKCS11_CONFIG)"));
            return new TokenVapidKeyPair(keys.get(storedPrivateKey), ecPublicKey(publicBytes));
        }
        String pkcs8 = AtRestEncryption.isSealed(storedPrivateKey) ? encryption.openText(storedPrivateKey, PURPOSE) : storedPrivateKey;
        return VAPIDKeyPairs.of(PrivateKeySources.ofPKCS8Bytes(Base64.getDecoder().decode(pkcs8)), PublicKeySources.ofX509Bytes(publicBytes));
    }

    /** The sealed form of a private key an earlier version stored in the clear, if this one is. */
    public Optional<String> upgraded(String storedPrivateKey) {
        if (Pkcs11KeyPairs.isReference(storedPrivateKey) || AtRestEncryption.isSealed(storedPrivateKey)) {
            return Optional.empty();
        }
        return Optional.of(encryption.sealText(storedPrivateKey, PURPOSE));
    }

    /** Destroys the token object of a key that was made but not stored (another node stored its key first). */
    public void discard(String storedPrivateKey) {
        if (Pkcs11KeyPairs.isReference(storedPrivateKey)) {
            token.ifPresent(t -> t.delete(Pkcs11KeyPairs.aliasOf(storedPrivateKey)));
        }
    }

    private static ECPublicKey ecPublicKey(byte[] x509) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored VAPID public key is not a P-256 key", e);
        }
    }
}

package org.vigil.documents.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;

/**
 * Signs data to be signed the way authenticators do: a Java/Android keystore returns DER, WebCrypto
 * returns raw r||s (P1363). Both through the JDK's own ECDSA.
 */
public final class Device {

    private Device() {
    }

    public static byte[] signDer(KeyPair key, byte[] data) {
        return sign("SHA256withECDSA", key, data);
    }

    public static byte[] signP1363(KeyPair key, byte[] data) {
        return sign("SHA256withECDSAinP1363Format", key, data);
    }

    private static byte[] sign(String algorithm, KeyPair key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

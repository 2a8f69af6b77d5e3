package org.vigil.client.sdk.authenticator;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/** Keys for tests that are about the JWS, not about where the key lives. */
final class TestKeys {

    private TestKeys() {
    }

    static DeviceKey inMemory() {
        KeyPair pair = pair("secp256r1");
        return new DeviceKey(pair.getPrivate(), (ECPublicKey) pair.getPublic(), null);
    }

    static KeyPair pair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.vigil.client.sdk.authenticator;

import java.security.SecureRandom;

import com.nimbusds.jose.util.Base64URL;

/** Random {@code jti} values: 128 bits, base64url, so 22 characters (the protocol asks for 16+). */
final class JwtIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private JwtIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }
}

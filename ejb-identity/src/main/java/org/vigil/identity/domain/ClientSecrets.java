package org.vigil.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;

import org.vigil.identity.domain.Sha256;

/**
 * Client secrets: 256 random bits made by Vigil, so a plain SHA-256 is enough to keep them (a
 * slow password hash protects guessable secrets; these are not guessable).
 */
public final class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    public static boolean matches(String presented, String storedHash) {
        return presented != null && storedHash != null && Sha256.sameHex(hash(presented), storedHash);
    }
}

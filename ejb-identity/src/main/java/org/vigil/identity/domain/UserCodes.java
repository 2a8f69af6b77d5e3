package org.vigil.identity.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A person's CIBA user_code is short and chosen by them, like a PIN: kept as a salted PBKDF2
 * hash (the JDK's), so a copy of the table does not give the codes away cheaply. The attempt
 * limit, not the hash, is what stops guessing online.
 */
public final class UserCodes {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserCodes() {
    }

    /** A code a person may choose: 4 to 32 printable characters. */
    public static boolean acceptable(String code) {
        return code != null && code.codePointCount(0, code.length()) >= 4 && code.length() <= 32
                && code.codePoints().allMatch(c -> c > 0x20 && c != 0x7f && !Character.isISOControl(c));
    }

    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(code, salt, ITERATIONS));
    }

    public static boolean matches(String code, String stored) {
        if (code == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(code, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1])));
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has " + ALGORITHM, e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}

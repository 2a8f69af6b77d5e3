package org.vigil.care.domain.prescription;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The prescription number people read out ({@code RX-7KQ2-M9XD}: Crockford's alphabet, no I, L,
 * O or U to misread) and the secret code in the verification URL of its QR code (256 random
 * bits, so a URL can be neither guessed nor walked).
 */
public final class PrescriptionNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrescriptionNumbers() {
    }

    public static String number() {
        StringBuilder number = new StringBuilder("RX-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    public static String verificationCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.vigil.documents.trust;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Serial numbers for certificates and timestamps: 128 random bits, so serials need no shared
 * counter across cluster nodes and cannot be guessed (CA/Browser Forum asks for at least 64).
 */
public final class SerialNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SerialNumbers() {
    }

    public static BigInteger next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        // Positive and never zero, as RFC 5280 requires; at most 17 octets once DER-encoded.
        BigInteger serial = new BigInteger(1, bytes);
        return serial.signum() == 0 ? BigInteger.ONE : serial;
    }
}

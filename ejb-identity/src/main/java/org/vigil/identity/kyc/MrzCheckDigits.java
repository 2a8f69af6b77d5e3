package org.vigil.identity.kyc;

/** ICAO 9303 part 3, 4.9: the check digit of an MRZ field, weights 7, 3, 1 over digits, A-Z (10-35) and the filler (0). */
public final class MrzCheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigits() {
    }

    /** @throws IllegalArgumentException on a character outside the MRZ alphabet */
    public static char of(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: " + c);
    }
}

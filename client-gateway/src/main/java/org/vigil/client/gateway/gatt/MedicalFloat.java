package org.vigil.client.gateway.gatt;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * IEEE 11073-20601 SFLOAT (16-bit) and FLOAT (32-bit): a signed base-10 exponent over a signed
 * mantissa. The special values (NaN, NRes, ±INFINITY and the reserved one) are defined with
 * exponent 0; they mean the device has no number to give, so they decode to an empty value.
 */
final class MedicalFloat {

    private static final int SFLOAT_POSITIVE_INFINITY = 0x07FE;
    private static final int SFLOAT_NEGATIVE_INFINITY = 0x0802;
    private static final int FLOAT_POSITIVE_INFINITY = 0x007F_FFFE;
    private static final int FLOAT_NEGATIVE_INFINITY = 0x0080_0002;

    private MedicalFloat() {
    }

    /** Decodes the 16 low bits of {@code raw}: exponent in bits 12–15, mantissa in 0–11. */
    static OptionalDouble sfloat(int raw) {
        int bits = raw & 0xFFFF;
        int mantissa = bits & 0x0FFF;
        int exponent = bits >> 12;
        // +INFINITY 0x07FE, NaN 0x07FF, NRes 0x0800, reserved 0x0801, -INFINITY 0x0802
        if (exponent == 0 && mantissa >= SFLOAT_POSITIVE_INFINITY && mantissa <= SFLOAT_NEGATIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(decimal(signExtend(mantissa, 12), signExtend(exponent, 4)));
    }

    /** Decodes a 32-bit FLOAT: exponent in the high byte, mantissa in the low 24 bits. */
    static OptionalDouble float32(int raw) {
        int mantissa = raw & 0x00FF_FFFF;
        int exponent = raw >> 24; // arithmetic shift: already signed
        // +INFINITY 0x7FFFFE, NaN 0x7FFFFF, NRes 0x800000, reserved 0x800001, -INFINITY 0x800002
        if (exponent == 0 && mantissa >= FLOAT_POSITIVE_INFINITY && mantissa <= FLOAT_NEGATIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(decimal(signExtend(mantissa, 24), exponent));
    }

    private static int signExtend(int value, int width) {
        int shift = Integer.SIZE - width;
        return value << shift >> shift;
    }

    /** Exact decimal arithmetic, so 0xF4B1 (1201 × 10⁻¹) is 120.1 and not 120.10000000000001. */
    private static double decimal(int mantissa, int exponent) {
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).doubleValue();
    }
}

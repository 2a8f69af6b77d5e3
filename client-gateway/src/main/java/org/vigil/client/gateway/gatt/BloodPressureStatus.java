package org.vigil.client.gateway.gatt;

/**
 * Measurement Status of a blood pressure measurement (16 bits): what the cuff noticed about
 * the quality of the measurement.
 */
public record BloodPressureStatus(boolean bodyMovement, boolean cuffTooLoose, boolean irregularPulse,
                                  PulseRateRange pulseRateRange, boolean improperPosition) {

    /** Bits 3–4. */
    public enum PulseRateRange { WITHIN_RANGE, EXCEEDS_UPPER_LIMIT, BELOW_LOWER_LIMIT, RESERVED }

    static BloodPressureStatus of(int bits) {
        return new BloodPressureStatus(
                (bits & 0x01) != 0,
                (bits & 0x02) != 0,
                (bits & 0x04) != 0,
                PulseRateRange.values()[(bits >> 3) & 0x03],
                (bits & 0x20) != 0);
    }
}

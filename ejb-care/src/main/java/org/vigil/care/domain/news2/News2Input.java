package org.vigil.care.domain.news2;

import org.vigil.care.domain.patient.Spo2Scale;

/**
 * The values NEWS2 scores; null where a parameter was not measured (or is too old to count).
 * {@code supplementalOxygen} is true for oxygen, false for air; {@code pulse} is the heart or
 * pulse rate; {@code temperature} in °C.
 */
public record News2Input(Double respirationRate, Double spo2, Spo2Scale spo2Scale, Boolean supplementalOxygen,
        Double systolicBloodPressure, Double pulse, Consciousness consciousness, Double temperature) {

    public News2Input {
        if (spo2Scale == null) {
            spo2Scale = Spo2Scale.SCALE_1;
        }
    }
}

package org.vigil.care.domain.prescription;

import java.util.Locale;

/** What the patient's nurse confirms on her authenticator: she took the prescription at the pharmacy, or handed it over at home. */
public enum CourierStep {
    PICKUP(PrescriptionStatus.PICKED_UP), DELIVERY(PrescriptionStatus.DELIVERED);

    private final PrescriptionStatus reached;

    CourierStep(PrescriptionStatus reached) {
        this.reached = reached;
    }

    public PrescriptionStatus reached() {
        return reached;
    }

    /** The step's name in the signed confirmation: the status it reaches ({@code picked-up}, {@code delivered}). */
    public String wire() {
        return reached.wire();
    }

    public static CourierStep fromWire(String wire) {
        for (CourierStep step : values()) {
            if (step.wire().equals(wire == null ? null : wire.toLowerCase(Locale.ROOT))) {
                return step;
            }
        }
        throw new IllegalArgumentException("not a courier step: " + wire);
    }
}

package org.vigil.care.domain.prescription;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a prescription is on its way from the doctor to the patient's door. The wire name is the
 * lower-case name with hyphens ({@code in-preparation}).
 */
public enum PrescriptionStatus {
    /** Being written by the doctor; the only state in which it can change. */
    DRAFT,
    /** Rendered to PDF and waiting for the doctor's signature on their authenticator. */
    SIGNING,
    /** Signed and on the routing queue to its pharmacy. */
    SIGNED,
    /** Its signature checked on arrival: in the pharmacy's inbox. */
    RECEIVED,
    /** A pharmacist checked it. */
    VERIFIED,
    IN_PREPARATION,
    /** Waiting for the patient's nurse to pick it up. */
    READY,
    /** Handed to the nurse: dispensed. */
    PICKED_UP,
    /** At the patient's door. */
    DELIVERED,
    /** Its signature failed the check on arrival; sent back to the doctor, never shown to a pharmacy. */
    RETURNED,
    /** A pharmacist refused it, with a reason. */
    REJECTED,
    /** Withdrawn by a doctor before pickup. */
    CANCELLED;

    private static final Set<PrescriptionStatus> FINAL = EnumSet.of(DELIVERED, RETURNED, REJECTED, CANCELLED);
    /** What a pharmacy sees: everything from arrival on, never a prescription that failed its check. */
    private static final Set<PrescriptionStatus> AT_PHARMACY = EnumSet.of(RECEIVED, VERIFIED, IN_PREPARATION, READY, PICKED_UP,
            DELIVERED, REJECTED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the pharmacy has it (and so may read it). */
    public boolean atPharmacy() {
        return AT_PHARMACY.contains(this);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PrescriptionStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}

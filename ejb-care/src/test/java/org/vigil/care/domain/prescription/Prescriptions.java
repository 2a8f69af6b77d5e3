package org.vigil.care.domain.prescription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Prescriptions for the tests, valid from {@link #T0} for 28 days. */
final class Prescriptions {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final UUID DOCTOR = UUID.randomUUID();

    private Prescriptions() {
    }

    static MedicationItem amoxicillin() {
        return new MedicationItem("Amoxicillin", "J01CA04", "http://www.whocc.no/atc", "500 mg", "1 capsule", "oral",
                "three times daily", "7 days", "21 capsules", "Take with water.");
    }

    static Prescription draft() {
        return new Prescription("RX-TEST-0001", UUID.randomUUID(), DOCTOR, UUID.randomUUID(), List.of(amoxicillin()),
                new Validity(T0, T0.plus(Duration.ofDays(28))), "code", T0);
    }

    /** A prescription that went through every step up to {@code status}. */
    static Prescription at(PrescriptionStatus status) {
        Prescription p = draft();
        Instant t = T0.plusSeconds(60);
        if (status == PrescriptionStatus.DRAFT) {
            return p;
        }
        p.awaitSignature(UUID.randomUUID(), "account:" + DOCTOR, t);
        if (status == PrescriptionStatus.SIGNING) {
            return p;
        }
        p.signed("ab".repeat(32), "account:" + DOCTOR, t);
        if (status == PrescriptionStatus.SIGNED) {
            return p;
        }
        p.received(t);
        for (PrescriptionStatus step : List.of(PrescriptionStatus.VERIFIED, PrescriptionStatus.IN_PREPARATION, PrescriptionStatus.READY)) {
            if (p.status() == status) {
                return p;
            }
            p.pharmacyStep(step, "account:pharmacist", null, t);
        }
        if (status == PrescriptionStatus.READY) {
            return p;
        }
        throw new IllegalArgumentException("not prepared for " + status);
    }
}

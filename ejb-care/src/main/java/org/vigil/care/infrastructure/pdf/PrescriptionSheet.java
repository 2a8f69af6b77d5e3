package org.vigil.care.infrastructure.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Validity;

/** Everything printed on a prescription, gathered before rendering. */
public record PrescriptionSheet(String number, Instant issuedAt, Validity validity, String patientName, LocalDate patientBirthDate,
        String patientId, String prescriberName, String prescriberId, String pharmacyName, String pharmacyAddress, String pharmacyPhone,
        List<MedicationItem> items, String verificationUrl) {

    public PrescriptionSheet {
        items = List.copyOf(items);
    }
}

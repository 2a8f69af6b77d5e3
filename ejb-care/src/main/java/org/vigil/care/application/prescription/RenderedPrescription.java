package org.vigil.care.application.prescription;

import java.util.UUID;

/**
 * A prescription rendered for signing: the PDF, and the title the doctor's authenticator shows
 * for it (number, patient and items), so the doctor sees what they sign.
 */
public record RenderedPrescription(UUID prescriptionId, String number, String title, byte[] pdf) {
}

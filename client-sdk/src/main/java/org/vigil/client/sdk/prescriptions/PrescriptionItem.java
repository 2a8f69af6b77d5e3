package org.vigil.client.sdk.prescriptions;

/** One line of a prescription: the medication (optionally coded), and how it is taken and dispensed. */
public record PrescriptionItem(String medication, String code, String codeSystem, String strength, String dose, String route,
        String frequency, String duration, String quantity, String instructions) {

    /** An uncoded item without duration or instructions. */
    public static PrescriptionItem of(String medication, String strength, String dose, String route, String frequency, String quantity) {
        return new PrescriptionItem(medication, null, null, strength, dose, route, frequency, null, quantity, null);
    }
}

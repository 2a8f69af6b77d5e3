package org.vigil.care.application.prescription;

import org.vigil.care.domain.prescription.MedicationItem;

/** One line of a prescription as a doctor writes it (and as views show it). */
public record ItemInput(String medication, String code, String codeSystem, String strength, String dose, String route,
        String frequency, String duration, String quantity, String instructions) {

    public MedicationItem toItem() {
        return new MedicationItem(trim(medication), trim(code), trim(codeSystem), trim(strength), trim(dose), trim(route),
                trim(frequency), trim(duration), trim(quantity), trim(instructions));
    }

    public static ItemInput of(MedicationItem item) {
        return new ItemInput(item.medication(), item.code(), item.codeSystem(), item.strength(), item.dose(), item.route(),
                item.frequency(), item.duration(), item.quantity(), item.instructions());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

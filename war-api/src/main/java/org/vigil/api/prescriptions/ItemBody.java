package org.vigil.api.prescriptions;

import org.vigil.care.application.prescription.ItemInput;

/** One line of a prescription; what must be present is checked by care (problem 400 naming the field). */
public record ItemBody(String medication, String code, String codeSystem, String strength, String dose, String route,
        String frequency, String duration, String quantity, String instructions) {

    ItemInput input() {
        return new ItemInput(medication, code, codeSystem, strength, dose, route, frequency, duration, quantity, instructions);
    }
}

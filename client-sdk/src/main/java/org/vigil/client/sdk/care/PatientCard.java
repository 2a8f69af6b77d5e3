package org.vigil.client.sdk.care;

import java.time.LocalDate;
import java.time.Period;

/** Who a patient is, as a station's tile names them. */
/** {@code spo2Scale} is the NEWS2 SpO2 scale (1 or 2); {@code news2} the score now. */
public record PatientCard(String patientId, String familyName, String givenName, LocalDate birthDate, String sex, int spo2Scale,
                          News2Score news2) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String displayName() {
        return givenName + " " + familyName;
    }
}

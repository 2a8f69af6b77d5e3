package org.vigil.care.fhir;

import java.sql.Date;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.vigil.care.domain.patient.Patient;

/** A patient as a FHIR R4 {@code Patient}: id, name, sex, birth date, and whether still monitored. */
public final class FhirPatientMapper {

    /** Vigil's patient ids as a FHIR identifier: URIs of UUIDs need no system of our own. */
    public static final String URN_SYSTEM = "urn:ietf:rfc:3986";

    public org.hl7.fhir.r4.model.Patient toFhir(Patient patient) {
        org.hl7.fhir.r4.model.Patient p = new org.hl7.fhir.r4.model.Patient();
        p.setId(patient.id().toString());
        p.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(URN_SYSTEM).setValue("urn:uuid:" + patient.id());
        p.setActive(patient.monitored());
        p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.familyName()).addGiven(patient.givenName());
        p.setGender(switch (patient.sex()) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        });
        p.setBirthDate(Date.valueOf(patient.birthDate()));
        return p;
    }
}

package org.vigil.care.domain.patient;

/** Administrative sex as FHIR's {@code AdministrativeGender} codes it. */
public enum Sex {
    MALE, FEMALE, OTHER, UNKNOWN
}

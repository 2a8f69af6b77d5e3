package org.vigil.platform.patients;

import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * The one fact the identity system needs of the care records: which patient record belongs to a person, so a SMART
 * app's token can name the patient it was launched for ({@code launch/patient}). Identity and care must not depend on
 * each other (architecture rule), so, like {@link org.vigil.platform.signers.SignerDirectory}, the contract lives here:
 * care implements it, identity injects it with {@code @EJB}.
 */
@Local
public interface PatientRecords {

    /** The FHIR Patient id of the person's own record; empty when the person is no patient. */
    Optional<UUID> patientOf(UUID accountId);
}

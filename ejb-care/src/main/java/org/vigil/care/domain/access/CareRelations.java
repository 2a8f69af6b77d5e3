package org.vigil.care.domain.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.vigil.care.domain.patient.CareRole;

/** The facts about a patient the access policy weighs, as the care records hold them now. */
public interface CareRelations {

    /** The patient's own account; empty when no patient has this id. */
    Optional<UUID> accountOf(UUID patientId);

    /** The roles in which this account is on the patient's care team today (none once they left it). */
    Set<CareRole> careTeamRoles(UUID patientId, UUID accountId);
}

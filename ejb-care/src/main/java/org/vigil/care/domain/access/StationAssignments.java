package org.vigil.care.domain.access;

import java.util.UUID;

/**
 * Where station assignments plug into the access policy: whether a supervisor has the patient
 * assigned to this station right now (an unreleased assignment). Kept apart from
 * {@link CareRelations} because assignments have their own life (the supervisor's API, live
 * reassignment); whatever records them answers here, and the policy stays as it is.
 */
public interface StationAssignments {

    boolean watches(String stationClientId, UUID patientId);
}

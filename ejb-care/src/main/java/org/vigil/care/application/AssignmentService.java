package org.vigil.care.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * Supervisors put patients on stations' watch and take them off. Every change is kept (who, when,
 * until when) and reaches the stations' open connections at once, after it commits. A patient may
 * be watched by several stations; a station by many patients.
 */
@Local
public interface AssignmentService {

    /** @throws CareRefusal 404 for an unknown patient or station, 409 when already assigned there */
    AssignmentView assign(UUID patientId, UUID stationId, UUID supervisor);

    /** Ends the assignment and assigns the patient to another station in one step. */
    AssignmentView reassign(long assignmentId, UUID toStationId, UUID supervisor);

    /** @throws CareRefusal 409 when it has ended already */
    AssignmentView release(long assignmentId, UUID supervisor);

    /** The history, newest first, of a patient's or a station's assignments (one of them given). */
    List<AssignmentView> history(UUID patientId, UUID stationId);
}

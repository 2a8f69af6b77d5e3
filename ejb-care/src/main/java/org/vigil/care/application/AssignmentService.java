package org.vigil.care.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

/**
 * Supervisors put patients on stations' watch and take them off. Every change is kept (who, when,
 * until when) and reaches the stations' open connections at once, after it commits. A patient may
 * be watched by several stations; a station by many patients.
 *
 * <p>Each method first refuses (403) a caller that {@link CareAccessRule#supervisor} does not let act as a supervisor,
 * and puts what it did on the audit trail in the same transaction ({@code assignment.assign}, {@code .reassign},
 * {@code .release}, {@code .history}), the reason given, if any, with it.
 */
@Local
public interface AssignmentService {

    /** @throws CareRefusal 404 for an unknown patient or station, 409 when already assigned there */
    AssignmentView assign(Caller caller, UUID patientId, UUID stationId, String reason);

    /** Ends the assignment and assigns the patient to another station in one step. */
    AssignmentView reassign(Caller caller, long assignmentId, UUID toStationId, String reason);

    /** @throws CareRefusal 409 when it has ended already */
    AssignmentView release(Caller caller, long assignmentId, String reason);

    /**
     * The history, newest first, of a patient's or a station's assignments.
     *
     * @throws CareRefusal 400 unless exactly one of them is given
     */
    List<AssignmentView> history(Caller caller, UUID patientId, UUID stationId);
}

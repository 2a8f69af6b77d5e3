package org.vigil.care.domain.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where assignments are kept, and what deciding one needs to know of the patients and stations: whatever stores them
 * answers here, so the supervisors' operations can be checked without a database.
 */
public interface AssignmentRecords {

    /** A patient admitted and still monitored. */
    boolean monitoredPatient(UUID patientId);

    /** A station registered and not retired. */
    boolean activeStation(UUID stationId);

    Optional<Assignment> find(long assignmentId);

    /** Whether an unreleased assignment puts the patient on this station's watch now. */
    boolean lasting(UUID patientId, UUID stationId);

    /** Stores a new assignment; @return it, with its id */
    Assignment add(UUID patientId, UUID stationId, UUID supervisor, Instant at);

    /** A patient's assignments, newest first. */
    List<Assignment> ofPatient(UUID patientId);

    /** A station's assignments, newest first. */
    List<Assignment> ofStation(UUID stationId);
}

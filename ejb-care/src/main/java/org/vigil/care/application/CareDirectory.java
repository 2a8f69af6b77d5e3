package org.vigil.care.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * What the admin and supervisor pages of the console list: patients, their care teams, the
 * gateways and stations, the assignments in force. Callers authorize and audit the reading.
 */
@Local
public interface CareDirectory {

    int MAX_RESULTS = 500;

    /** Patients whose family or given name contains {@code text} (case-insensitive), by name; blank lists all up to {@code limit}. */
    List<PatientSummary> patients(String text, int limit);

    Optional<PatientSummary> patient(UUID patientId);

    List<CareTeamEntry> careTeam(UUID patientId);

    List<DeviceSummary> gateways();

    List<DeviceSummary> stations();

    /** The assignments in force now, oldest first. */
    List<AssignmentView> currentAssignments();
}

package org.vigil.care.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

/**
 * What the admin and supervisor pages of the console list: patients, their care teams, the
 * gateways and stations, the assignments in force. Callers of these lists authorize and audit the reading; the
 * supervisor's board ({@link #supervisionBoard}) is authorized and audited here.
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

    /**
     * The supervisor's board: the monitored patients among the first {@link #MAX_RESULTS} by name, the active stations,
     * the assignments in force. Audited ({@code supervision.board}), since it lists patients by name.
     *
     * @throws CareRefusal 403 for a caller {@link CareAccessRule#supervisor} does not let act as a supervisor
     */
    SupervisionBoard supervisionBoard(Caller caller);
}

package org.vigil.care.application;

import java.util.List;

/**
 * What a supervisor's board shows of care: the patients under monitoring (names, no vitals), the active monitoring
 * stations and the assignments in force. Who is signed in at each station is the live endpoint's to add.
 */
public record SupervisionBoard(List<PatientSummary> patients, List<DeviceSummary> stations, List<AssignmentView> assignments) {

    public SupervisionBoard {
        patients = List.copyOf(patients);
        stations = List.copyOf(stations);
        assignments = List.copyOf(assignments);
    }
}

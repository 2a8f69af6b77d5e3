package org.vigil.admin.care;

import java.util.List;

import org.vigil.care.application.PatientSummary;

/** One patient and the current members of their care team. */
public record PatientDetails(PatientSummary patient, List<CareTeamRow> careTeam) {
}

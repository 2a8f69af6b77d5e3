package org.vigil.admin.care;

import java.time.Instant;
import java.util.UUID;

/** An assignment in force, with the names a supervisor reads. */
public record AssignmentRow(long id, UUID patientId, String patient, UUID stationId, String station, String assignedBy, Instant assignedAt) {
}

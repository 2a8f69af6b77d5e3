package org.vigil.care.application;

import java.time.Instant;
import java.util.UUID;

import org.vigil.care.domain.assignment.Assignment;

/** One assignment as the API shows it; {@code releasedAt} null while it lasts. */
public record AssignmentView(long id, UUID patientId, UUID stationId, UUID assignedBy, Instant assignedAt, UUID releasedBy, Instant releasedAt) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id(), a.patientId(), a.stationId(), a.assignedBy(), a.assignedAt(), a.releasedBy(), a.releasedAt());
    }
}

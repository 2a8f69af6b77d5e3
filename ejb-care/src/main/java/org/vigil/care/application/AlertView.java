package org.vigil.care.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert with its whole history of steps (its audit trail), oldest first. */
public record AlertView(UUID id, UUID patientId, String condition, String severity, String state, String message, Instant raisedAt,
                        Instant snoozedUntil, Instant escalatedAt, List<Step> steps) {

    public AlertView {
        steps = List.copyOf(steps);
    }

    public record Step(Instant at, String action, String actor, String reason) {
    }
}

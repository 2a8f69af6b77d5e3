package org.vigil.stats.domain.alert;

import java.util.Objects;

/** A condition that holds now: its kind, what it is about (a device id, a certificate, a queue), and what to tell people. */
public record AlertCondition(AlertKind kind, String subject, String message) {

    public AlertCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** Two conditions are the same alert when kind and subject match; the message may change while it lasts. */
    public boolean sameAs(AlertCondition other) {
        return kind == other.kind && subject.equals(other.subject);
    }
}

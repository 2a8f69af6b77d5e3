package org.vigil.care.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An alert about one condition of one patient ("heart rate high", "no SpO2 for 30 min", "NEWS2").
 * Raised once: while it is not closed, the same condition only refreshes it (the database keeps
 * one open alert per patient and condition). It stays until acknowledged, may be snoozed with a
 * reason, escalates once when nobody acknowledged it in time, and closes when it is both
 * acknowledged and its condition cleared. Every step returns the event to record.
 *
 * <p>The escalation clock starts when the alert was raised, and again when a snooze ends.
 */
@Entity
@Table(name = "care_alert")
public class Alert {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "condition_key", nullable = false)
    private String condition;

    @Column(name = "open_condition")
    private String openCondition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertState state;

    @Column(nullable = false)
    private String message;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private UUID acknowledgedBy;

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "snooze_reason")
    private String snoozeReason;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Alert() {
        // for JPA
    }

    private Alert(UUID patientId, String condition, AlertSeverity severity, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.condition = condition;
        this.openCondition = openKey(patientId, condition);
        this.severity = severity;
        this.state = AlertState.OPEN;
        this.message = message;
        this.raisedAt = now;
        this.lastSeenAt = now;
    }

    /** A new alert and its {@link AlertAction#RAISED} event; call only when no alert of the condition is open. */
    public static Raised raise(UUID patientId, String condition, AlertSeverity severity, String message, Instant now) {
        Alert alert = new Alert(patientId, condition, severity, message, now);
        return new Raised(alert, alert.event(now, AlertAction.RAISED, AlertEvent.SYSTEM, message));
    }

    /** What the unique {@code open_condition} column holds while an alert is not closed. */
    public static String openKey(UUID patientId, String condition) {
        return patientId + ":" + condition;
    }

    /**
     * The condition holds again (another reading past the limit): no new alert. A worse severity
     * is recorded; a condition that had cleared is back.
     */
    public List<AlertEvent> seenAgain(AlertSeverity severityNow, String messageNow, Instant now) {
        requireNotClosed();
        List<AlertEvent> events = new ArrayList<>();
        lastSeenAt = now;
        if (clearedAt != null) {
            clearedAt = null;
            events.add(event(now, AlertAction.RECURRED, AlertEvent.SYSTEM, messageNow));
        }
        if (severityNow.above(severity)) {
            severity = severityNow;
            message = messageNow;
            events.add(event(now, AlertAction.WORSENED, AlertEvent.SYSTEM, messageNow));
        }
        return events;
    }

    /** The condition no longer holds. Closes an acknowledged alert; an unacknowledged one waits. */
    public List<AlertEvent> cleared(Instant now) {
        if (state == AlertState.CLOSED || clearedAt != null) {
            return List.of();
        }
        clearedAt = now;
        List<AlertEvent> events = new ArrayList<>();
        events.add(event(now, AlertAction.CLEARED, AlertEvent.SYSTEM, null));
        if (state == AlertState.ACKNOWLEDGED) {
            events.add(close(now));
        }
        return events;
    }

    public List<AlertEvent> acknowledge(UUID by, Instant now) {
        if (!state.awaitsAcknowledgement()) {
            throw new AlertStateException("alert " + id + " is " + state + ", not waiting for an acknowledgement");
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = by;
        List<AlertEvent> events = new ArrayList<>();
        events.add(event(now, AlertAction.ACKNOWLEDGED, by.toString(), null));
        if (clearedAt != null) {
            events.add(close(now));
        }
        return events;
    }

    /** Silences the alert until {@code until}; a reason is required and the policy caps the length. */
    public AlertEvent snooze(UUID by, Instant until, String reason, EscalationPolicy policy, Instant now) {
        if (state != AlertState.OPEN && state != AlertState.ESCALATED) {
            throw new AlertStateException("alert " + id + " is " + state + " and cannot be snoozed");
        }
        if (reason == null || reason.isBlank()) {
            throw new AlertStateException("a snooze needs a reason");
        }
        if (!until.isAfter(now) || until.isAfter(now.plus(policy.maxSnooze()))) {
            throw new AlertStateException("a snooze must end after now and within " + policy.maxSnooze().toMinutes() + " min");
        }
        state = AlertState.SNOOZED;
        snoozedUntil = until;
        snoozeReason = reason.strip();
        return event(now, AlertAction.SNOOZED, by.toString(), snoozeReason + " (until " + until + ")");
    }

    /**
     * Time passing: a snooze that ran out reopens the alert; an alert unacknowledged past the
     * policy's time escalates, once. Returns the events, an {@link AlertAction#ESCALATED} one
     * being the caller's cue to call the care team.
     */
    public List<AlertEvent> tick(EscalationPolicy policy, Instant now) {
        List<AlertEvent> events = new ArrayList<>();
        if (state == AlertState.SNOOZED && !now.isBefore(snoozedUntil)) {
            state = escalatedAt == null ? AlertState.OPEN : AlertState.ESCALATED;
            events.add(event(now, AlertAction.SNOOZE_ENDED, AlertEvent.SYSTEM, null));
        }
        if (state == AlertState.OPEN && escalatedAt == null && !now.isBefore(escalationDue(policy))) {
            state = AlertState.ESCALATED;
            escalatedAt = now;
            events.add(event(now, AlertAction.ESCALATED, AlertEvent.SYSTEM, "unacknowledged for "
                    + Duration.between(escalationClockStart(), now).toMinutes() + " min"));
        }
        return events;
    }

    /** When {@link #tick} would escalate this alert, if nothing else happens. */
    public Instant escalationDue(EscalationPolicy policy) {
        return escalationClockStart().plus(policy.after(severity));
    }

    private Instant escalationClockStart() {
        return snoozedUntil != null && snoozedUntil.isAfter(raisedAt) ? snoozedUntil : raisedAt;
    }

    private AlertEvent close(Instant now) {
        state = AlertState.CLOSED;
        closedAt = now;
        openCondition = null;
        return event(now, AlertAction.CLOSED, AlertEvent.SYSTEM, null);
    }

    private void requireNotClosed() {
        if (state == AlertState.CLOSED) {
            throw new AlertStateException("alert " + id + " is closed; a recurrence raises a new one");
        }
    }

    private AlertEvent event(Instant now, AlertAction action, String actor, String reason) {
        return new AlertEvent(id, now, action, actor, reason);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String condition() {
        return condition;
    }

    public AlertSeverity severity() {
        return severity;
    }

    public AlertState state() {
        return state;
    }

    public String message() {
        return message;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant clearedAt() {
        return clearedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public UUID acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant snoozedUntil() {
        return snoozedUntil;
    }

    public String snoozeReason() {
        return snoozeReason;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

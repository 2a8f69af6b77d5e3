package org.vigil.care.domain.alert;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an alert's life, never changed: the alert's own audit trail. */
@Entity
@Table(name = "care_alert_event")
public class AlertEvent {

    /** The actor of steps no person took (raising, escalating, a snooze running out). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private UUID alertId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertAction action;

    @Column(nullable = false)
    private String actor;

    @Column
    private String reason;

    protected AlertEvent() {
        // for JPA
    }

    public AlertEvent(UUID alertId, Instant occurredAt, AlertAction action, String actor, String reason) {
        this.alertId = alertId;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.reason = reason;
    }

    public UUID alertId() {
        return alertId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AlertAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}

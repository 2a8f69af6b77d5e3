package org.vigil.stats.domain.alert;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An operations alert from when its condition began to hold until it stopped; kept after that as history. */
@Entity
@Table(name = "stats_ops_alert")
public class OperationsAlert {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected OperationsAlert() {
        // for JPA
    }

    public OperationsAlert(AlertCondition condition, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = condition.kind();
        this.subject = condition.subject();
        this.message = condition.message().length() > 500 ? condition.message().substring(0, 500) : condition.message();
        this.raisedAt = now;
    }

    public boolean matches(AlertCondition condition) {
        return kind == condition.kind() && subject.equals(condition.subject());
    }

    public void update(AlertCondition condition) {
        this.message = condition.message().length() > 500 ? condition.message().substring(0, 500) : condition.message();
    }

    public void clear(Instant now) {
        if (clearedAt == null) {
            clearedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant clearedAt() {
        return clearedAt;
    }
}

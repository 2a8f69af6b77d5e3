package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit trail: who did what to what, when, from where, and whether
 * it was allowed. Written, never changed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** How an audited attempt ended. */
    public enum Outcome { SUCCESS, DENIED, FAILED }

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 2000)
    private String details;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String target, Outcome outcome,
                      String clientAddress, String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.outcome = outcome.name();
        this.clientAddress = clientAddress;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public UUID id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String outcome() {
        return outcome;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String details() {
        return details;
    }
}

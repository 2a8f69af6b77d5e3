package org.vigil.documents.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the document server's append-only audit trail. */
@Entity
@Table(name = "doc_audit_event")
public class DocumentAuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 1000)
    private String detail;

    protected DocumentAuditEvent() {
        // for JPA
    }

    public DocumentAuditEvent(String actor, String action, String target, String outcome, String clientAddress, String detail,
            Instant now) {
        this.id = UUID.randomUUID();
        this.occurredAt = now;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.clientAddress = clientAddress;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}

package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A text message as the default SMS sender recorded it, for an operator to read and forward. */
@Entity
@Table(name = "idn_sms_outbox")
public class SmsOutboxMessage {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false, length = 480)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SmsOutboxMessage() {
        // for JPA
    }

    public SmsOutboxMessage(String phone, String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.phone = phone;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }
}

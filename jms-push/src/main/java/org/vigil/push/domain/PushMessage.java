package org.vigil.push.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.vigil.platform.push.PushNotification;

/** A notification as the push server received it from the queue, kept until it expires. */
@Entity
@Table(name = "push_message")
public class PushMessage {

    @Id
    @Column(name = "message_id", length = 64)
    private String messageId;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(nullable = false, length = 8000)
    private String payload;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PushMessage() {
        // for JPA
    }

    public PushMessage(PushNotification notification, Instant now) {
        this.messageId = notification.messageId();
        this.recipient = notification.recipient();
        this.kind = notification.kind();
        this.payload = notification.payload();
        this.expiresAt = notification.expiresAt();
        this.receivedAt = now;
    }

    public String messageId() {
        return messageId;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public String payload() {
        return payload;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public PushNotification notification() {
        return new PushNotification(messageId, recipient, kind, payload, expiresAt);
    }
}

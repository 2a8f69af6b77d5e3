package org.vigil.push.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message an application sent through the send API: whose it is, so that only its sender reads its receipt. */
@Entity
@Table(name = "push_sent_message")
public class SentMessage {

    @Id
    @Column(name = "message_id", length = 64)
    private String messageId;

    @Column(name = "client_id", nullable = false, length = 100)
    private String clientId;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SentMessage() {
        // for JPA
    }

    public SentMessage(String messageId, String clientId, String recipient, Instant sentAt, Instant expiresAt) {
        this.messageId = messageId;
        this.clientId = clientId;
        this.recipient = recipient;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    public String messageId() {
        return messageId;
    }

    public String clientId() {
        return clientId;
    }

    public String recipient() {
        return recipient;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}

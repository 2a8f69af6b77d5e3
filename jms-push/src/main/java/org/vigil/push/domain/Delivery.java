package org.vigil.push.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One message on its way to one endpoint of the recipient: a device's WebSocket (endpoint =
 * authenticator id) or a Web Push subscription (endpoint = subscription id). Its timestamps are
 * the delivery receipt.
 */
@Entity
@Table(name = "push_delivery")
public class Delivery {

    /** Attempts that fail before the delivery is given up and dead-lettered. */
    public static final int MAX_ATTEMPTS = 6;
    /** A new or re-armed delivery is tried at once after the commit; the retry round waits this long, so both do not send it. */
    private static final Duration FIRST_ATTEMPT_GRACE = Duration.ofSeconds(10);

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false, length = 64)
    private String messageId;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = 64)
    private String endpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    // two nodes (or the timer and a reconnect) may pick the same delivery: the second write loses
    @Version
    private long version;

    protected Delivery() {
        // for JPA
    }

    public Delivery(String messageId, String channel, String endpoint, Instant now) {
        this.id = UUID.randomUUID();
        this.messageId = messageId;
        this.channel = channel;
        this.endpoint = endpoint;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now.plus(FIRST_ATTEMPT_GRACE);
    }

    /** Handed to a connection that acknowledges; re-sent after {@code ackTimeout} without one. */
    public void sent(Instant now, Duration ackTimeout) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        nextAttemptAt = now.plus(ackTimeout);
    }

    public void acknowledged(Instant now) {
        if (sentAt == null) {
            sentAt = now;
        }
        status = DeliveryStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        lastError = null;
    }

    /** A failed attempt: retried after a growing delay, or given up after the last one. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = DeliveryStatus.DEAD;
        } else {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now.plus(Backoff.after(attempts));
        }
    }

    /** The endpoint is gone for good (unsubscribed, revoked): no retry would help. */
    public void abandoned(String error) {
        attempts++;
        lastError = error;
        status = DeliveryStatus.DEAD;
    }

    /** The endpoint is not reachable now; look again at {@code recheckAt} (or when it reconnects). */
    public void waitForEndpoint(Instant recheckAt) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = recheckAt;
    }

    public void expired() {
        status = DeliveryStatus.EXPIRED;
    }

    /** An admin retried the dead letter: start over with a full set of attempts. */
    public void rearm(Instant now) {
        if (status == DeliveryStatus.DEAD) {
            status = DeliveryStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now.plus(FIRST_ATTEMPT_GRACE);
        }
    }

    public boolean isOpen() {
        return status == DeliveryStatus.PENDING || status == DeliveryStatus.SENT;
    }

    public UUID id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String channel() {
        return channel;
    }

    public String endpoint() {
        return endpoint;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String lastError() {
        return lastError;
    }
}

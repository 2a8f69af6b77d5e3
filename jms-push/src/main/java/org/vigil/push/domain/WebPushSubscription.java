package org.vigil.push.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A browser's push subscription (the Push API's PushSubscription), registered by an enrolled device. */
@Entity
@Table(name = "push_web_subscription")
public class WebPushSubscription {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "authenticator_id", nullable = false)
    private UUID authenticatorId;

    @Column(nullable = false, length = 2000)
    private String endpoint;

    @Column(nullable = false, length = 200)
    private String p256dh;

    @Column(nullable = false, length = 100)
    private String auth;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebPushSubscription() {
        // for JPA
    }

    public WebPushSubscription(UUID accountId, UUID authenticatorId, String endpoint, String p256dh, String auth, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.authenticatorId = authenticatorId;
        this.endpoint = endpoint;
        this.p256dh = p256dh;
        this.auth = auth;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID authenticatorId() {
        return authenticatorId;
    }

    public String endpoint() {
        return endpoint;
    }

    public String p256dh() {
        return p256dh;
    }

    public String auth() {
        return auth;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

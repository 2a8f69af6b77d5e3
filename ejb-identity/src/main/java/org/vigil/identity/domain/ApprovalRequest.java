package org.vigil.identity.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something a person is asked to approve on one of their authenticators: a login, a CIBA
 * request, a signature. Decided once, by a signature of the device over the request's id,
 * binding message and nonce, which is kept as evidence.
 */
@Entity
@Table(name = "idn_approval_request")
public class ApprovalRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a request stands. Only {@code PENDING} can change, and only once. */
    public enum Status { PENDING, APPROVED, DENIED }

    /** What the person approves. */
    public enum Kind { LOGIN, CIBA, SIGNATURE }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "binding_message", nullable = false, length = 200)
    private String bindingMessage;

    @Column(nullable = false, length = 200)
    private String requester;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "authenticator_id")
    private UUID authenticatorId;

    @Column(length = 4000)
    private String evidence;

    protected ApprovalRequest() {
        // for JPA
    }

    public ApprovalRequest(UUID accountId, Kind kind, String bindingMessage, String requester, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.bindingMessage = bindingMessage;
        this.requester = requester;
        byte[] nonceBytes = new byte[24];
        RANDOM.nextBytes(nonceBytes);
        this.nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        this.status = Status.PENDING;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Records the device's decision and its signed evidence; the caller checked the signature. */
    public void decide(boolean approve, UUID byAuthenticator, String signedEvidence, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("request " + id + " is decided already");
        }
        status = approve ? Status.APPROVED : Status.DENIED;
        authenticatorId = byAuthenticator;
        evidence = signedEvidence;
        decidedAt = now;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Kind kind() {
        return kind;
    }

    public String bindingMessage() {
        return bindingMessage;
    }

    public String requester() {
        return requester;
    }

    public String nonce() {
        return nonce;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public UUID authenticatorId() {
        return authenticatorId;
    }
}

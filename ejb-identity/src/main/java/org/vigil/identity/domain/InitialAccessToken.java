package org.vigil.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an admin hands an integrator so that their application can register itself (RFC 7591 §3's
 * initial access token): it registers a limited number of clients before it expires, and an admin can
 * revoke it. Only the token's hash is kept.
 */
@Entity
@Table(name = "idn_initial_access_token")
public class InitialAccessToken {

    @Id
    private String id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "uses_left", nullable = false)
    private int usesLeft;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected InitialAccessToken() {
        // for JPA
    }

    public InitialAccessToken(String id, String tokenHash, String description, String createdBy, Instant createdAt, Instant expiresAt,
                              int uses) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.usesLeft = uses;
    }

    /** Whether it may register one more client now. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && usesLeft > 0 && now.isBefore(expiresAt);
    }

    /** One client registered with it; the caller has checked {@link #usableAt}. */
    public void use() {
        usesLeft--;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int usesLeft() {
        return usesLeft;
    }

    /** Null while not revoked. */
    public Instant revokedAt() {
        return revokedAt;
    }
}

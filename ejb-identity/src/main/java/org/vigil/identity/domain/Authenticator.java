package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A device holding one of a person's keys: an EC P-256 key pair whose private half never left
 * it. Vigil keeps the public key (as a JWK) to check what the device signs. Revoked devices
 * stay on record, unable to sign anything.
 */
@Entity
@Table(name = "idn_authenticator")
public class Authenticator {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "public_jwk", nullable = false, length = 1000)
    private String publicJwk;

    @Column(nullable = false, length = 64)
    private String thumbprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Authenticator() {
        // for JPA
    }

    public Authenticator(UUID accountId, String name, String publicJwk, String thumbprint, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.publicJwk = publicJwk;
        this.thumbprint = thumbprint;
        this.createdAt = now;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now) {
        lastUsedAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Null while the authenticator can sign. */
    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}

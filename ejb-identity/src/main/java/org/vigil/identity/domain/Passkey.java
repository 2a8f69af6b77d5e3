package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The passkey (WebAuthn credential) that unlocks one enrolled app device: the person proves with it,
 * user verification included, that they hold the phone now. Once a device has one, it approves
 * nothing until a fresh assertion has unlocked it ({@link #unlockedAt}). Keys and ids base64url.
 */
@Entity
@Table(name = "idn_passkey")
public class Passkey {

    @Id
    private UUID id;

    @Column(name = "authenticator_id", nullable = false, unique = true)
    private UUID authenticatorId;

    @Column(name = "credential_id", nullable = false, unique = true, length = 1400)
    private String credentialId;

    @Column(name = "cose_key", nullable = false, length = 2000)
    private String coseKey;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(nullable = false)
    private UUID aaguid;

    /** Space-separated, as the browser reported them (internal, hybrid ...). */
    @Column(nullable = false, length = 200)
    private String transports;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "unlocked_until")
    private Instant unlockedUntil;

    protected Passkey() {
        // for JPA
    }

    public Passkey(UUID authenticatorId, String credentialId, String coseKey, long signCount, UUID aaguid, String transports,
            Instant now) {
        this.id = UUID.randomUUID();
        this.authenticatorId = authenticatorId;
        this.credentialId = credentialId;
        this.coseKey = coseKey;
        this.signCount = signCount;
        this.aaguid = aaguid;
        this.transports = transports;
        this.createdAt = now;
    }

    /** A verified assertion: the counter moves on and the device may approve until {@code until}. */
    public void unlocked(long newSignCount, Instant now, Instant until) {
        signCount = newSignCount;
        lastUsedAt = now;
        unlockedUntil = until;
    }

    public void locked() {
        unlockedUntil = null;
    }

    public boolean unlockedAt(Instant now) {
        return unlockedUntil != null && now.isBefore(unlockedUntil);
    }

    public UUID authenticatorId() {
        return authenticatorId;
    }

    public String credentialId() {
        return credentialId;
    }

    public String coseKey() {
        return coseKey;
    }

    public long signCount() {
        return signCount;
    }

    public UUID aaguid() {
        return aaguid;
    }

    public String transports() {
        return transports;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant unlockedUntil() {
        return unlockedUntil;
    }
}

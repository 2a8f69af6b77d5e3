package org.vigil.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An admin's one-time permission for a device to register its own key as an OAuth client with a
 * given role; {@code context} carries what the role needs (a gateway's patient id).
 */
@Entity
@Table(name = "idn_device_enrollment")
public class DeviceEnrollment {

    public static final Duration LIFETIME = Duration.ofDays(1);

    @Id
    private UUID id;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, length = 32)
    private String role;

    @Column(length = 200)
    private String context;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "client_id", length = 100)
    private String clientId;

    protected DeviceEnrollment() {
        // for JPA
    }

    public DeviceEnrollment(String code, String role, String context, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.codeHash = EnrollmentCode.hashOf(code);
        this.role = role;
        this.context = context;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void usedBy(String client, Instant now) {
        this.clientId = client;
        this.usedAt = now;
    }

    public String role() {
        return role;
    }

    public String context() {
        return context;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}

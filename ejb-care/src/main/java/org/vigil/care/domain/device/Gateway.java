package org.vigil.care.domain.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The box in one patient's home, known by its OAuth client id. Its token says which client is
 * calling; this row says for which patient it may upload, and only for that one.
 */
@Entity
@Table(name = "care_gateway")
public class Gateway {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Gateway() {
        // for JPA
    }

    public Gateway(String clientId, UUID patientId, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.patientId = patientId;
        this.enrolledAt = now;
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    /** May this gateway upload for {@code patient}? Only an active gateway, for its own patient. */
    public boolean mayUploadFor(UUID patient) {
        return retiredAt == null && patientId.equals(patient);
    }

    public boolean active() {
        return retiredAt == null;
    }

    public UUID id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public UUID patientId() {
        return patientId;
    }
}

package org.vigil.care.domain.threshold;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A patient and a kind code ({@code *} for "the gateway as a whole" in silence limits). */
@Embeddable
public class PatientKindKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(nullable = false)
    private String kind;

    protected PatientKindKey() {
        // for JPA
    }

    public PatientKindKey(UUID patientId, String kind) {
        this.patientId = patientId;
        this.kind = kind;
    }

    public UUID patientId() {
        return patientId;
    }

    public String kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientKindKey k && patientId.equals(k.patientId) && kind.equals(k.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patientId, kind);
    }
}

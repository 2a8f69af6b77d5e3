package org.vigil.care.domain.threshold;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.vigil.care.domain.observation.VitalKind;

/** Limits the care team set for one patient and kind, replacing the age group's default. */
@Entity
@Table(name = "care_threshold")
public class PatientThreshold {

    @EmbeddedId
    private PatientKindKey key;

    @Column
    private Double low;

    @Column
    private Double high;

    @Column(name = "set_by", nullable = false)
    private UUID setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected PatientThreshold() {
        // for JPA
    }

    public PatientThreshold(UUID patientId, Threshold limits, UUID setBy, Instant now) {
        this.key = new PatientKindKey(patientId, limits.kind().code());
        change(limits, setBy, now);
    }

    public void change(Threshold limits, UUID by, Instant now) {
        if (!limits.kind().code().equals(key.kind())) {
            throw new IllegalArgumentException("limits for " + limits.kind().code() + " given to " + key.kind());
        }
        this.low = limits.low();
        this.high = limits.high();
        this.setBy = by;
        this.setAt = now;
    }

    public Threshold limits() {
        return new Threshold(VitalKind.fromCode(key.kind()).orElseThrow(), low, high);
    }

    public UUID patientId() {
        return key.patientId();
    }

    public UUID setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}

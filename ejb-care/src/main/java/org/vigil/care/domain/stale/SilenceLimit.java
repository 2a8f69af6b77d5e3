package org.vigil.care.domain.stale;

import java.time.Duration;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.vigil.care.domain.threshold.PatientKindKey;

/**
 * How long one kind of vital, or the patient's gateway as a whole ({@link #GATEWAY}), may stay
 * silent before a stale-data alarm: set by the care team per patient, since a watch streams every
 * second and a cuff is used twice a day.
 */
@Entity
@Table(name = "care_silence_limit")
public class SilenceLimit {

    /** The source name for "nothing at all from the patient's gateway". */
    public static final String GATEWAY = "*";

    @EmbeddedId
    private PatientKindKey key;

    @Column(name = "max_silence_s", nullable = false)
    private long maxSilenceSeconds;

    protected SilenceLimit() {
        // for JPA
    }

    /** @param source a kind code, or {@link #GATEWAY} */
    public SilenceLimit(UUID patientId, String source, Duration maxSilence) {
        if (maxSilence.isNegative() || maxSilence.isZero()) {
            throw new IllegalArgumentException("a silence limit must be positive");
        }
        this.key = new PatientKindKey(patientId, source);
        this.maxSilenceSeconds = maxSilence.toSeconds();
    }

    public UUID patientId() {
        return key.patientId();
    }

    public String source() {
        return key.kind();
    }

    public Duration maxSilence() {
        return Duration.ofSeconds(maxSilenceSeconds);
    }
}

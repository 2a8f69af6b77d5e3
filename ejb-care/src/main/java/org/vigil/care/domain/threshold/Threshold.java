package org.vigil.care.domain.threshold;

import org.vigil.care.domain.observation.VitalKind;

/**
 * The limits of one kind for one patient: a value below {@code low} or above {@code high} is an
 * alert. Either side may be absent (null) where no default is sound and the care team set none.
 */
public record Threshold(VitalKind kind, Double low, Double high) {

    public Threshold {
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException(kind.code() + ": low " + low + " above high " + high);
        }
    }
}

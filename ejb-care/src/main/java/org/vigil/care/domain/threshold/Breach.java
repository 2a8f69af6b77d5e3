package org.vigil.care.domain.threshold;

import java.util.Locale;

import org.vigil.care.domain.observation.VitalKind;

/**
 * A value outside a patient's limits. {@link #condition()} names the condition an alert is kept
 * open for: a second high heart rate is the same condition, a low one is another.
 */
public record Breach(VitalKind kind, Side side, double value, double limit) {

    public enum Side { LOW, HIGH }

    public String condition() {
        return "threshold:" + kind.code() + ":" + side.name().toLowerCase(Locale.ROOT);
    }

    public String message() {
        return kind.code() + " " + value + " " + kind.unit() + (side == Side.LOW ? " below " : " above ") + limit;
    }
}

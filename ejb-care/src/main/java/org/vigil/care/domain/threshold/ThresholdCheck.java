package org.vigil.care.domain.threshold;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigil.care.domain.observation.VitalKind;

/**
 * Checks one incoming value against the patient's limits: the care team's where they set them,
 * otherwise the defaults of the patient's age group ({@link ThresholdDefaults}).
 */
public final class ThresholdCheck {

    private final Map<VitalKind, Threshold> limits;

    /** @param overrides the care team's limits, replacing the defaults kind by kind */
    public ThresholdCheck(Map<VitalKind, Threshold> defaults, Map<VitalKind, Threshold> overrides) {
        EnumMap<VitalKind, Threshold> merged = new EnumMap<>(VitalKind.class);
        merged.putAll(defaults);
        merged.putAll(overrides);
        this.limits = merged;
    }

    public Optional<Breach> check(VitalKind kind, double value) {
        Threshold t = limits.get(kind);
        if (t == null) {
            return Optional.empty();
        }
        if (t.low() != null && value < t.low()) {
            return Optional.of(new Breach(kind, Breach.Side.LOW, value, t.low()));
        }
        if (t.high() != null && value > t.high()) {
            return Optional.of(new Breach(kind, Breach.Side.HIGH, value, t.high()));
        }
        return Optional.empty();
    }

    /** The conditions this kind can raise, so a value back inside closes them. */
    public static List<String> conditionsOf(VitalKind kind) {
        return List.of(new Breach(kind, Breach.Side.LOW, 0, 0).condition(), new Breach(kind, Breach.Side.HIGH, 0, 0).condition());
    }

    public Optional<Threshold> limits(VitalKind kind) {
        return Optional.ofNullable(limits.get(kind));
    }
}

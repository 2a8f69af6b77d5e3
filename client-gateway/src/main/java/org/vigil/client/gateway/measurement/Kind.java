package org.vigil.client.gateway.measurement;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a reading measures, with its UCUM unit as the observations API expects it. Only the kinds
 * that are {@link #observation() observations} go to the server; the others describe the device
 * (battery) or a measurement in progress (cuff inflation).
 */
public enum Kind {
    HEART_RATE("heart-rate", "/min", true, Retention.SHEDDABLE),
    RR_INTERVAL("rr-interval", "ms", true, Retention.SHEDDABLE),
    SYSTOLIC_PRESSURE("systolic-pressure", "mm[Hg]", true, Retention.PROTECTED),
    DIASTOLIC_PRESSURE("diastolic-pressure", "mm[Hg]", true, Retention.PROTECTED),
    MEAN_PRESSURE("mean-pressure", "mm[Hg]", true, Retention.PROTECTED),
    PULSE_RATE("pulse-rate", "/min", true, Retention.PROTECTED),
    BODY_TEMPERATURE("body-temperature", "Cel", true, Retention.PROTECTED),
    AMBIENT_TEMPERATURE("ambient-temperature", "Cel", true, Retention.SHEDDABLE),
    AMBIENT_PRESSURE("ambient-pressure", "Pa", true, Retention.SHEDDABLE),
    STEPS("steps", "{steps}", true, Retention.SHEDDABLE),
    SPO2("spo2", "%", true, Retention.PROTECTED),
    /** Device status, reported with the gateway's health, not stored as a vital sign. */
    BATTERY_LEVEL("battery-level", "%", false, Retention.SHEDDABLE),
    /** Cuff pressure while the cuff inflates (0x2A36): progress, not a result. */
    CUFF_PRESSURE("cuff-pressure", "mm[Hg]", false, Retention.SHEDDABLE);

    /**
     * What the outbox may give up when the disk budget is spent. High-rate streams lose their
     * oldest samples first; spot measurements a clinician acts on are never dropped.
     */
    public enum Retention { SHEDDABLE, PROTECTED }

    private final String code;
    private final String unit;
    private final boolean observation;
    private final Retention retention;

    Kind(String code, String unit, boolean observation, Retention retention) {
        this.code = code;
        this.unit = unit;
        this.observation = observation;
        this.retention = retention;
    }

    /** The name the observations API uses, e.g. {@code heart-rate}. */
    public String code() {
        return code;
    }

    /** The UCUM unit of every value of this kind. */
    public String unit() {
        return unit;
    }

    public boolean observation() {
        return observation;
    }

    public Retention retention() {
        return retention;
    }

    public static Optional<Kind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

package org.vigil.care.domain.observation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an observation measures, with the one UCUM unit the API accepts for it and the range
 * outside which a value is not a measurement of a living person but a device fault, a parsing
 * error or a placeholder ("impossible", not "abnormal": abnormal values are alerts, never
 * rejected).
 *
 * <p>Ranges, each chosen wide enough to keep every real extreme:
 * <ul>
 * <li>heart and pulse rate 20–300 /min, RR interval 200–3000 ms (the same bounds as intervals):
 *     below 20 a sensor reads noise, not a rhythm; 300 is atrial flutter at 1:1 conduction, the
 *     fastest rate reported in adults.</li>
 * <li>systolic 40–300, diastolic 20–200, mean 25–250 mm[Hg]: an oscillometric cuff cannot
 *     measure below (ISO 81060-2 validates 60–260 systolic) and no survivable pressure is above.</li>
 * <li>body temperature 25–45 °C: severe accidental hypothermia is under 28 °C; above 45 °C
 *     nobody has been measured alive. Clinical thermometers cover 32–42 °C (ISO 80601-2-56).</li>
 * <li>SpO2 50–100 %: pulse oximeters state accuracy only from 70 % (ISO 80601-2-61); below 50 a
 *     number is not a saturation any more.</li>
 * <li>respiratory rate 2–80 /min (a nurse counts it; 80 covers a panting infant).</li>
 * <li>ambient temperature −50–70 °C, ambient pressure 30,000–110,000 Pa (Everest's summit is
 *     about 33,700 Pa, the highest sea-level pressure recorded 108,380 Pa).</li>
 * <li>steps 0–200,000 (steps counted today; whole numbers only).</li>
 * </ul>
 * Ambient temperature and pressure are the room's, from the watch's environmental sensor: their
 * own kinds, never body temperature or blood pressure.
 */
public enum VitalKind {
    HEART_RATE("heart-rate", "/min", 20, 300),
    RR_INTERVAL("rr-interval", "ms", 200, 3000),
    SYSTOLIC_PRESSURE("systolic-pressure", "mm[Hg]", 40, 300),
    DIASTOLIC_PRESSURE("diastolic-pressure", "mm[Hg]", 20, 200),
    MEAN_PRESSURE("mean-pressure", "mm[Hg]", 25, 250),
    PULSE_RATE("pulse-rate", "/min", 20, 300),
    BODY_TEMPERATURE("body-temperature", "Cel", 25, 45),
    AMBIENT_TEMPERATURE("ambient-temperature", "Cel", -50, 70),
    AMBIENT_PRESSURE("ambient-pressure", "Pa", 30_000, 110_000),
    STEPS("steps", "{steps}", 0, 200_000),
    SPO2("spo2", "%", 50, 100),
    RESPIRATORY_RATE("respiratory-rate", "/min", 2, 80);

    private final String code;
    private final String unit;
    private final double min;
    private final double max;

    VitalKind(String code, String unit, double min, double max) {
        this.code = code;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** The API's and the database's name, e.g. {@code heart-rate}. */
    public String code() {
        return code;
    }

    /** The UCUM unit every value of this kind is in (case-sensitive, as UCUM is). */
    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Counts are whole numbers; a fractional step count is a broken encoder. */
    public boolean wholeNumbers() {
        return this == STEPS;
    }

    public boolean plausible(double value) {
        return value >= min && value <= max && (!wholeNumbers() || value == Math.rint(value));
    }

    public static Optional<VitalKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

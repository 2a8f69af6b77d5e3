package org.vigil.client.station.monitor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of vital a station shows, in tile order, with the words and units people read and the
 * physically possible range (the server refuses values outside it; so does manual entry, earlier).
 */
public final class VitalKinds {

    public record Kind(String code, String label, String unit, double min, double max) {
    }

    public static final List<Kind> SHOWN = List.of(
            new Kind("heart-rate", "Heart rate", "/min", 20, 300),
            new Kind("spo2", "SpO₂", "%", 50, 100),
            new Kind("respiratory-rate", "Resp. rate", "/min", 2, 80),
            new Kind("systolic-pressure", "Systolic", "mmHg", 40, 300),
            new Kind("diastolic-pressure", "Diastolic", "mmHg", 20, 200),
            new Kind("body-temperature", "Temperature", "°C", 25, 45),
            new Kind("pulse-rate", "Pulse", "/min", 20, 300));

    private static final Map<String, String> UNITS = Map.of("mm[Hg]", "mmHg", "Cel", "°C", "/min", "/min", "%", "%");

    private VitalKinds() {
    }

    public static Optional<Kind> of(String code) {
        return SHOWN.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public static String label(String code) {
        return of(code).map(Kind::label).orElse(code);
    }

    /** UCUM as the API says it, in the form people read. */
    public static String unit(String ucum) {
        return UNITS.getOrDefault(ucum, ucum);
    }

    /**
     * Checks a value typed by a person.
     *
     * @return empty when the value is possible, else the message to show
     */
    public static Optional<String> checkManual(String code, String typed) {
        Kind kind = of(code).orElseThrow();
        double value;
        try {
            value = Double.parseDouble(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Optional.of(kind.label() + ": \"" + typed.strip() + "\" is not a number.");
        }
        if (value < kind.min() || value > kind.max()) {
            return Optional.of(kind.label() + " " + format(value) + " " + kind.unit() + " is not physically possible (" + format(kind.min()) + "–"
                    + format(kind.max()) + " " + kind.unit() + "). Nothing was saved.");
        }
        if (value != Math.rint(value)) {
            return Optional.of(kind.label() + " is counted in whole numbers.");
        }
        return Optional.empty();
    }

    public static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}

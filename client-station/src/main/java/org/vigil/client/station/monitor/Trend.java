package org.vigil.client.station.monitor;

/** Which way a vital moves between its last two values: a 2 % band counts as steady. */
public enum Trend {
    RISING("↑", "rising"), FALLING("↓", "falling"), STEADY("→", "steady"), UNKNOWN("", "");

    private final String arrow;
    private final String words;

    Trend(String arrow, String words) {
        this.arrow = arrow;
        this.words = words;
    }

    public String arrow() {
        return arrow;
    }

    public String words() {
        return words;
    }

    public static Trend between(Double previous, double latest) {
        if (previous == null) {
            return UNKNOWN;
        }
        double band = Math.max(Math.abs(previous) * 0.02, 1e-9);
        if (latest > previous + band) {
            return RISING;
        }
        if (latest < previous - band) {
            return FALLING;
        }
        return STEADY;
    }
}

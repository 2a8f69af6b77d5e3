package org.vigil.client.station.ui;

import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * One computed size, remembered for what it was computed from ({@code key}: text, font, skin, ...)
 * and the other dimension it was asked for. A different key or dimension computes afresh; nothing
 * needs invalidating.
 */
public final class SizeMemo {

    private Object key;
    private double along = Double.NaN;
    private double value;
    private boolean known;

    public double get(Object key, double along, DoubleSupplier compute) {
        if (known && Double.compare(along, this.along) == 0 && Objects.equals(key, this.key)) {
            return value;
        }
        value = compute.getAsDouble();
        this.key = key;
        this.along = along;
        known = true;
        return value;
    }
}

package org.vigil.it.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine's one-minute load average while a benchmark measured: the machine is shared, so a figure
 * means little without it.
 */
final class LoadAverage {

    private double least = Double.MAX_VALUE;
    private double most;

    /** Takes a sample now. */
    void sample() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        least = Math.min(least, load);
        most = Math.max(most, load);
    }

    /** The samples' range, for a table cell. */
    @Override
    public String toString() {
        return String.format("%.1f–%.1f", least, most);
    }
}

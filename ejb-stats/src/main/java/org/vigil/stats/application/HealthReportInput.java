package org.vigil.stats.application;

import java.time.Instant;
import java.util.Map;

import org.vigil.stats.domain.fleet.Metric;

/**
 * A health report as the API parsed it: when the device measured, its figures, and the body as
 * sent (kept as the device's last report).
 */
public record HealthReportInput(Instant at, Map<Metric, Double> values, String json) {

    public HealthReportInput {
        values = Map.copyOf(values);
    }
}

package org.vigil.stats.application;

import java.time.Instant;
import java.util.Map;

import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.Metric;

/**
 * A device's latest state as pages and the exposition show it.
 *
 * @param online whether it reported within the offline limit (server nodes: within three checks)
 */
public record DeviceView(String deviceId, DeviceKind kind, Instant firstSeen, Instant lastReportAt, Instant reportedAt, boolean online,
                         Map<Metric, Double> latest, String lastReport) {

    public Double value(Metric metric) {
        return latest.get(metric);
    }
}

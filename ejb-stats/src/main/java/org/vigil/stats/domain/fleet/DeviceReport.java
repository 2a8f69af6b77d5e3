package org.vigil.stats.domain.fleet;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One health report as stored: who, what kind, when the device says it measured and when the
 * server received it, the figures, and the report's own JSON (for the device page).
 */
public record DeviceReport(String deviceId, DeviceKind kind, Instant reportedAt, Instant receivedAt, Map<Metric, Double> values,
                           String json) {

    public DeviceReport {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        reportedAt = reportedAt == null ? receivedAt : reportedAt;
    }

    public java.util.Optional<Double> value(Metric metric) {
        return java.util.Optional.ofNullable(values.get(metric));
    }
}

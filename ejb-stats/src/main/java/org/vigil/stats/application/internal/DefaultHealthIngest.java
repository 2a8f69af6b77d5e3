package org.vigil.stats.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.stats.application.DeviceCaller;
import org.vigil.stats.application.HealthIngest;
import org.vigil.stats.application.HealthReportInput;
import org.vigil.stats.application.StatsRefusal;
import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.DeviceReport;
import org.vigil.stats.domain.fleet.Metric;

@Stateless
public class DefaultHealthIngest implements HealthIngest {

    /** A report from further ahead than this comes from a clock that is wrong; it is refused. */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);

    @Inject
    FleetRecorder recorder;

    @Override
    public void report(DeviceCaller caller, HealthReportInput input) {
        DeviceKind kind = kindOf(caller).orElseThrow(StatsRefusal::notADevice);
        Instant now = Instant.now();
        if (input.at() != null && input.at().isAfter(now.plus(MAX_CLOCK_AHEAD))) {
            throw StatsRefusal.invalid("at", "more than " + MAX_CLOCK_AHEAD.toMinutes() + " minutes ahead of the server's clock");
        }
        for (Map.Entry<Metric, Double> e : input.values().entrySet()) {
            double v = e.getValue();
            boolean ok = Double.isFinite(v) && (e.getKey() == Metric.CPU_CELSIUS ? v > -100 && v < 200 : v >= 0)
                    && (e.getKey() != Metric.BATTERY_MIN_PERCENT || v <= 100);
            if (!ok) {
                throw StatsRefusal.invalid(e.getKey().key(), v + " is out of range");
            }
        }
        recorder.record(new DeviceReport(caller.clientId(), kind, input.at(), now, input.values(), input.json()));
    }

    /** Only a device's own token (client credentials) with a device role may report; a person's never. */
    static Optional<DeviceKind> kindOf(DeviceCaller caller) {
        if (!caller.clientItself()) {
            return Optional.empty();
        }
        return caller.roles().stream().map(DeviceKind::ofDeviceRole).flatMap(Optional::stream).findFirst();
    }
}

package org.vigil.api.stats;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigil.stats.application.AlertView;
import org.vigil.stats.application.DeviceView;
import org.vigil.stats.domain.alert.AlertKind;
import org.vigil.stats.domain.fleet.Metric;

/**
 * The fleet in the Prometheus text format (0.0.4), or in OpenMetrics 1.0 when asked for: per
 * device whether it is up and how long since its last report, every latest figure as a gauge
 * {@code vigil_fleet_<metric>{device, kind}}, and the open operations alerts per kind.
 */
final class OpenMetricsText {

    static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private OpenMetricsText() {
    }

    static String of(List<DeviceView> devices, List<AlertView> openAlerts, Instant now, boolean openMetrics) {
        StringBuilder out = new StringBuilder();
        family(out, "vigil_fleet_device_up", "1 while the device or server reports within its limit");
        devices.forEach(d -> sample(out, "vigil_fleet_device_up", d, d.online() ? 1 : 0));
        family(out, "vigil_fleet_last_report_age_seconds", "Seconds since the device's last report");
        devices.forEach(d -> sample(out, "vigil_fleet_last_report_age_seconds", d,
                Math.max(0, now.toEpochMilli() - d.lastReportAt().toEpochMilli()) / 1000.0));
        for (Metric metric : Metric.values()) {
            if (devices.stream().anyMatch(d -> d.value(metric) != null)) {
                String name = "vigil_fleet_" + metric.key();
                family(out, name, metric.help());
                devices.stream().filter(d -> d.value(metric) != null).forEach(d -> sample(out, name, d, d.value(metric)));
            }
        }
        Map<AlertKind, Integer> open = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            open.put(kind, 0);
        }
        openAlerts.forEach(a -> open.merge(a.kind(), 1, Integer::sum));
        family(out, "vigil_ops_alerts_open", "Operations alerts open now");
        open.forEach((kind, count) -> out.append("vigil_ops_alerts_open{kind=\"").append(kind.name().toLowerCase(Locale.ROOT))
                .append("\"} ").append(count).append('\n'));
        if (openMetrics) {
            out.append("# EOF\n");
        }
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder out, String name, DeviceView d, double value) {
        out.append(name).append("{device=\"").append(label(d.deviceId())).append("\",kind=\"").append(d.kind().label()).append("\"} ")
                .append(number(value)).append('\n');
    }

    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

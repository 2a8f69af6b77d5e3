package org.vigil.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.stats.application.AlertView;
import org.vigil.stats.application.DeviceView;
import org.vigil.stats.domain.alert.AlertKind;
import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.Metric;

class OpenMetricsTextTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void eachDeviceIsASampleOfEveryFigureItReportsAndAlertsAreCountedPerKind() {
        DeviceView gateway = new DeviceView("gateway-1", DeviceKind.GATEWAY, NOW, NOW.minusSeconds(30), NOW, true,
                Map.of(Metric.OUTBOX_DEPTH, 12.0, Metric.CPU_CELSIUS, 48.5), "{}");
        DeviceView silent = new DeviceView("gate\"way-2", DeviceKind.GATEWAY, NOW, NOW.minusSeconds(3600), NOW, false, Map.of(), "{}");
        AlertView offline = new AlertView(UUID.randomUUID(), AlertKind.GATEWAY_OFFLINE, "Gateway offline", "gate\"way-2", "...", NOW, null);

        String text = OpenMetricsText.of(List.of(gateway, silent), List.of(offline), NOW, false);

        assertThat(text).contains("# TYPE vigil_fleet_device_up gauge\n")
                .contains("vigil_fleet_device_up{device=\"gateway-1\",kind=\"gateway\"} 1\n")
                .contains("vigil_fleet_device_up{device=\"gate\\\"way-2\",kind=\"gateway\"} 0\n")
                .contains("vigil_fleet_last_report_age_seconds{device=\"gateway-1\",kind=\"gateway\"} 30\n")
                .contains("vigil_fleet_outbox_depth{device=\"gateway-1\",kind=\"gateway\"} 12\n")
                .contains("vigil_fleet_cpu_celsius{device=\"gateway-1\",kind=\"gateway\"} 48.5\n")
                .contains("vigil_ops_alerts_open{kind=\"gateway_offline\"} 1\n")
                .contains("vigil_ops_alerts_open{kind=\"battery_low\"} 0\n")
                .doesNotContain("vigil_fleet_signed_in")
                .doesNotContain("# EOF");
        assertThat(OpenMetricsText.of(List.of(), List.of(), NOW, true)).endsWith("# EOF\n");
    }
}

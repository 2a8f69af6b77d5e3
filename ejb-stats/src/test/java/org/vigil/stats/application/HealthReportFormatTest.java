package org.vigil.stats.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vigil.stats.domain.fleet.Metric;

class HealthReportFormatTest {

    @Test
    void aGatewaysHealthReportAsItBuildsItBecomesItsFigures() {
        HealthReportInput input = HealthReportFormat.parse("""
                {"at":"2026-12-04T10:00:00Z","uptimeSeconds":3600,"outboxDepth":12,"outboxCapacity":2000000,"rejected":1,"shed":0,
                 "delivered":540,"lastUpload":"2026-12-04T09:59:30Z","uploadFailuresInARow":0,
                 "devices":[{"address":"AA:BB","lastSeen":"2026-12-04T09:59:00Z","batteryPercent":64},
                            {"address":"CC:DD","lastSeen":"2026-12-04T09:58:00Z","batteryPercent":17},
                            {"address":"EE:FF","lastSeen":"2026-12-04T09:58:00Z","batteryPercent":null}],
                 "cpuCelsius":48.5,"somethingNew":true}""");

        assertThat(input.at()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(input.values()).containsEntry(Metric.OUTBOX_DEPTH, 12.0).containsEntry(Metric.DELIVERED, 540.0)
                .containsEntry(Metric.BATTERY_MIN_PERCENT, 17.0).containsEntry(Metric.DEVICES_HEARD, 3.0)
                .containsEntry(Metric.CPU_CELSIUS, 48.5).containsEntry(Metric.UPTIME_SECONDS, 3600.0)
                .doesNotContainKey(Metric.SIGNED_IN);
        assertThat(input.json()).contains("\"outboxDepth\":12");
    }

    @Test
    void aStationSaysWhetherSomeoneIsSignedInAndHowManyPatientsItWatches() {
        HealthReportInput input = HealthReportFormat.parse("{\"signedIn\":false,\"assignedPatients\":4,\"cpuCelsius\":null}");

        assertThat(input.values()).containsEntry(Metric.SIGNED_IN, 0.0).containsEntry(Metric.ASSIGNED_PATIENTS, 4.0)
                .doesNotContainKey(Metric.CPU_CELSIUS);
        assertThat(input.at()).isNull();
    }

    @Test
    void malformedReportsAreRefusedByTheMemberAtFault() {
        assertThatThrownBy(() -> HealthReportFormat.parse("[1,2]")).isInstanceOf(StatsRefusal.class).hasMessageContaining("body");
        assertThatThrownBy(() -> HealthReportFormat.parse("{\"outboxDepth\":\"many\"}")).hasMessageContaining("outboxDepth");
        assertThatThrownBy(() -> HealthReportFormat.parse("{\"signedIn\":\"yes\"}")).hasMessageContaining("signedIn");
        assertThatThrownBy(() -> HealthReportFormat.parse("{\"at\":\"yesterday\"}")).hasMessageContaining("at");
        assertThatThrownBy(() -> HealthReportFormat.parse("{\"devices\":{}}")).hasMessageContaining("devices");
        assertThatThrownBy(() -> HealthReportFormat.parse("{\"devices\":[{\"batteryPercent\":\"low\"}]}"))
                .hasMessageContaining("devices[].batteryPercent");
        assertThatThrownBy(() -> HealthReportFormat.parse("not json")).isInstanceOf(StatsRefusal.class);
    }
}

package org.vigil.stats.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.DeviceReport;
import org.vigil.stats.domain.fleet.DeviceState;
import org.vigil.stats.domain.fleet.Metric;

class AlertRulesTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final AlertRules RULES = new AlertRules(new AlertSettings(Duration.ofMinutes(15), 20, 3, Duration.ofDays(30)));

    static DeviceState device(String id, DeviceKind kind, Instant at, Map<Metric, Double> values) {
        return new DeviceState(new DeviceReport(id, kind, at, at, values, "{}"));
    }

    @Test
    void aGatewaySilentLongerThanTheLimitIsOfflineAndOneJustWithinIsNot() {
        List<AlertCondition> holding = RULES.evaluate(List.of(
                device("gw-late", DeviceKind.GATEWAY, NOW.minus(Duration.ofMinutes(16)), Map.of()),
                device("gw-fine", DeviceKind.GATEWAY, NOW.minus(Duration.ofMinutes(14)), Map.of()),
                device("station-late", DeviceKind.STATION, NOW.minus(Duration.ofHours(2)), Map.of())), 0, List.of(), NOW);

        assertThat(holding).extracting(AlertCondition::kind, AlertCondition::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.GATEWAY_OFFLINE, "gw-late"));
        assertThat(holding.get(0).message()).contains("16 min");
    }

    @Test
    void lowBatteryAndAnUnattendedStationAreFlagged() {
        List<AlertCondition> holding = RULES.evaluate(List.of(
                device("gw", DeviceKind.GATEWAY, NOW, Map.of(Metric.BATTERY_MIN_PERCENT, 12.0)),
                device("gw-ok", DeviceKind.GATEWAY, NOW, Map.of(Metric.BATTERY_MIN_PERCENT, 20.0)),
                device("st", DeviceKind.STATION, NOW, Map.of(Metric.ASSIGNED_PATIENTS, 3.0, Metric.SIGNED_IN, 0.0)),
                device("st-staffed", DeviceKind.STATION, NOW, Map.of(Metric.ASSIGNED_PATIENTS, 3.0, Metric.SIGNED_IN, 1.0)),
                device("st-idle", DeviceKind.STATION, NOW, Map.of(Metric.ASSIGNED_PATIENTS, 0.0, Metric.SIGNED_IN, 0.0))), 0, List.of(), NOW);

        assertThat(holding).extracting(AlertCondition::kind, AlertCondition::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(AlertKind.BATTERY_LOW, "gw"),
                org.assertj.core.groups.Tuple.tuple(AlertKind.STATION_UNATTENDED, "st"));
    }

    @Test
    void anOutboxGrowingInThreeReportsInARowIsFlaggedAndAShrinkResetsIt() {
        DeviceState gw = device("gw", DeviceKind.GATEWAY, NOW, Map.of(Metric.OUTBOX_DEPTH, 10.0));
        for (double depth : new double[] {20, 30}) {
            gw.take(new DeviceReport("gw", DeviceKind.GATEWAY, NOW, NOW, Map.of(Metric.OUTBOX_DEPTH, depth), "{}"));
        }
        assertThat(RULES.evaluate(List.of(gw), 0, List.of(), NOW)).isEmpty();

        gw.take(new DeviceReport("gw", DeviceKind.GATEWAY, NOW, NOW, Map.of(Metric.OUTBOX_DEPTH, 40.0), "{}"));
        assertThat(RULES.evaluate(List.of(gw), 0, List.of(), NOW)).extracting(AlertCondition::kind).containsExactly(AlertKind.OUTBOX_GROWING);

        gw.take(new DeviceReport("gw", DeviceKind.GATEWAY, NOW, NOW, Map.of(Metric.OUTBOX_DEPTH, 5.0), "{}"));
        assertThat(gw.outboxGrowthStreak()).isZero();
        assertThat(RULES.evaluate(List.of(gw), 0, List.of(), NOW)).isEmpty();
    }

    @Test
    void deadLettersAndCertificatesCloseToExpiryAreFlagged() {
        List<AlertCondition> holding = RULES.evaluate(List.of(), 2, List.of(
                new CertificateValidity("vigil-tsa", NOW.plus(Duration.ofDays(10))),
                new CertificateValidity("vigil-root-ca", NOW.plus(Duration.ofDays(3650))),
                new CertificateValidity("vigil-ocsp", NOW.minus(Duration.ofDays(1)))), NOW);

        assertThat(holding).extracting(AlertCondition::kind, AlertCondition::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(AlertKind.DEAD_LETTERS, "vigil.dead-letters"),
                org.assertj.core.groups.Tuple.tuple(AlertKind.CERTIFICATE_EXPIRING, "vigil-tsa"),
                org.assertj.core.groups.Tuple.tuple(AlertKind.CERTIFICATE_EXPIRING, "vigil-ocsp"));
        assertThat(holding).filteredOn(c -> c.subject().equals("vigil-ocsp")).first().extracting(AlertCondition::message)
                .asString().contains("expired");
    }
}

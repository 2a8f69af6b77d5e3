package org.vigil.stats.domain.alert;

import java.time.Duration;

/**
 * When a condition becomes an alert.
 *
 * @param gatewaySilence      a gateway silent this long is offline
 * @param batteryFloorPercent a battery below this is low
 * @param outboxGrowthReports reports in a row that each found the outbox deeper
 * @param certificateWarning  a certificate expiring within this is flagged
 */
public record AlertSettings(Duration gatewaySilence, double batteryFloorPercent, int outboxGrowthReports, Duration certificateWarning) {
}

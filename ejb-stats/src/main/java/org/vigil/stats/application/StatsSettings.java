package org.vigil.stats.application;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.stats.domain.alert.AlertSettings;

/** The stats server's settings, from the environment ({@code VIGIL_STATS_*}). */
@ApplicationScoped
public class StatsSettings {

    @Inject
    @ConfigProperty(name = "vigil.stats.gateway.offline.seconds", defaultValue = "900")
    long gatewayOfflineSeconds;

    @Inject
    @ConfigProperty(name = "vigil.stats.battery.low.percent", defaultValue = "20")
    double batteryLowPercent;

    @Inject
    @ConfigProperty(name = "vigil.stats.outbox.growing.reports", defaultValue = "3")
    int outboxGrowingReports;

    @Inject
    @ConfigProperty(name = "vigil.stats.certificate.warning.days", defaultValue = "30")
    long certificateWarningDays;

    @Inject
    @ConfigProperty(name = "vigil.stats.check.seconds", defaultValue = "60")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = "vigil.stats.keep.minutes.hours", defaultValue = "48")
    long keepMinuteBucketsHours;

    @Inject
    @ConfigProperty(name = "vigil.stats.keep.hours.days", defaultValue = "35")
    long keepHourBucketsDays;

    @Inject
    @ConfigProperty(name = "vigil.stats.keep.days.days", defaultValue = "400")
    long keepDayBucketsDays;

    public AlertSettings alerts() {
        return new AlertSettings(Duration.ofSeconds(gatewayOfflineSeconds), batteryLowPercent, Math.max(1, outboxGrowingReports),
                Duration.ofDays(certificateWarningDays));
    }

    public Duration gatewayOffline() {
        return Duration.ofSeconds(gatewayOfflineSeconds);
    }

    /** How often the alerts are checked, the server sampled and the rollups advanced. */
    public Duration checkEvery() {
        return Duration.ofSeconds(Math.max(1, checkSeconds));
    }

    public Duration keepMinuteBuckets() {
        return Duration.ofHours(keepMinuteBucketsHours);
    }

    public Duration keepHourBuckets() {
        return Duration.ofDays(keepHourBucketsDays);
    }

    public Duration keepDayBuckets() {
        return Duration.ofDays(keepDayBucketsDays);
    }
}

package org.vigil.stats.domain.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The latest state of one device (or server node): its last report, when it came, and how long
 * its outbox has kept growing, which the alert rules read without scanning the history.
 */
@Entity
@Table(name = "stats_device")
public class DeviceState {

    @Id
    @Column(name = "device_id", length = 200)
    private String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeviceKind kind;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_report_at", nullable = false)
    private Instant lastReportAt;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /** The latest figures as {@code key=value} lines. */
    @Column(name = "latest_values", nullable = false, length = 4000)
    private String latestValues;

    @Column(name = "last_report", nullable = false, length = 8000)
    private String lastReport;

    @Column(name = "outbox_growth_streak", nullable = false)
    private int outboxGrowthStreak;

    protected DeviceState() {
        // for JPA
    }

    public DeviceState(DeviceReport first) {
        this.deviceId = first.deviceId();
        this.kind = first.kind();
        this.firstSeen = first.receivedAt();
        take(first);
    }

    /** Takes the newer report in; the outbox's growth streak counts reports that each found it deeper. */
    public void take(DeviceReport report) {
        Double before = latest().get(Metric.OUTBOX_DEPTH);
        Double now = report.values().get(Metric.OUTBOX_DEPTH);
        outboxGrowthStreak = before != null && now != null && now > before ? outboxGrowthStreak + 1 : 0;
        this.kind = report.kind();
        this.lastReportAt = report.receivedAt();
        this.reportedAt = report.reportedAt();
        this.latestValues = report.values().entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        this.lastReport = report.json() == null ? "{}" : report.json().length() > 8000 ? report.json().substring(0, 8000) : report.json();
    }

    public Map<Metric, Double> latest() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        if (latestValues != null && !latestValues.isEmpty()) {
            for (String line : latestValues.split("\n")) {
                int eq = line.indexOf('=');
                Metric.ofKey(line.substring(0, eq)).ifPresent(m -> values.put(m, Double.valueOf(line.substring(eq + 1))));
            }
        }
        return values;
    }

    public Duration silentFor(Instant now) {
        return Duration.between(lastReportAt, now);
    }

    public String deviceId() {
        return deviceId;
    }

    public DeviceKind kind() {
        return kind;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastReportAt() {
        return lastReportAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String lastReport() {
        return lastReport;
    }

    public int outboxGrowthStreak() {
        return outboxGrowthStreak;
    }
}

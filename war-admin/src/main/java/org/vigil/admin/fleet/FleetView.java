package org.vigil.admin.fleet;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.stats.application.AlertView;
import org.vigil.stats.application.DeviceView;
import org.vigil.stats.application.SeriesPoint;
import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.Metric;

/** The fleet overview: open operations alerts, every device's latest state, devices up and down per kind, the servers' load. */
@Named
@ViewScoped
public class FleetView implements Serializable {

    @Inject
    FleetFacade fleet;

    private List<DeviceView> devices = List.of();
    private List<AlertView> openAlerts = List.of();
    private List<AlertView> recentAlerts = List.of();
    private String kindsChart;
    private String serverChart;

    @PostConstruct
    void load() {
        devices = fleet.devices();
        openAlerts = fleet.openAlerts();
        recentAlerts = fleet.recentAlerts();
        kindsChart = kindsChart();
        serverChart = serverChart();
    }

    public void refresh() {
        load();
    }

    public String getKindsChart() {
        return kindsChart;
    }

    public String getServerChart() {
        return serverChart;
    }

    private String kindsChart() {
        List<DeviceKind> kinds = Arrays.asList(DeviceKind.values());
        return ChartJson.bars(kinds.stream().map(DeviceKind::label).toList(), "reporting",
                kinds.stream().map(k -> (int) devices.stream().filter(d -> d.kind() == k && d.online()).count()).toList(), "silent",
                kinds.stream().map(k -> (int) devices.stream().filter(d -> d.kind() == k && !d.online()).count()).toList());
    }

    /** Requests per minute of each server node over the last six hours. */
    private String serverChart() {
        List<ChartJson.Line> lines = devices.stream().filter(d -> d.kind() == DeviceKind.SERVER).map(d -> {
            List<SeriesPoint> points = fleet.history(d.deviceId(), Metric.REQUESTS_PER_MINUTE, Duration.ofHours(6));
            return new ChartJson.Line(d.deviceId(), "#0b6bcb", points.stream().map(SeriesPoint::at).toList(),
                    points.stream().map(p -> (double) Math.round(p.mean())).toList());
        }).toList();
        return ChartJson.lines(lines);
    }

    public long count(String kind, boolean online) {
        return devices.stream().filter(d -> d.kind().label().equals(kind) && d.online() == online).count();
    }

    /** A latest figure for the table, rounded; empty when the device does not report it. */
    public String figure(DeviceView device, String metric) {
        return Optional.ofNullable(device.value(Metric.ofKey(metric).orElseThrow())).map(v -> Long.toString(Math.round(v))).orElse("");
    }

    public String ago(Instant t) {
        Duration d = Duration.between(t, Instant.now());
        return d.toSeconds() < 120 ? d.toSeconds() + " s ago" : d.toMinutes() < 120 ? d.toMinutes() + " min ago" : d.toHours() + " h ago";
    }

    public List<DeviceView> getDevices() {
        return devices;
    }

    public List<AlertView> getOpenAlerts() {
        return openAlerts;
    }

    public List<AlertView> getRecentAlerts() {
        return recentAlerts;
    }
}

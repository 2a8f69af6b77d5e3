package org.vigil.admin.fleet;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.stats.application.DeviceView;
import org.vigil.stats.application.SeriesPoint;
import org.vigil.stats.domain.fleet.Metric;

/** One device's page ({@code device.xhtml?id=...}): its latest report and the history of one figure. */
@Named
@ViewScoped
public class DeviceHistoryView implements Serializable {

    /** The ranges offered, as ISO-8601 durations. */
    public static final List<String> RANGES = List.of("PT1H", "PT6H", "P7D", "P90D");

    @Inject
    FleetFacade fleet;

    private String id;
    private DeviceView device;
    private String metric = Metric.OUTBOX_DEPTH.key();
    private String range = "PT6H";

    /** Called by the page's view action with the {@code id} parameter. */
    public void load() {
        device = id == null ? null : fleet.device(id).orElse(null);
        if (device != null && !device.latest().isEmpty() && device.value(Metric.ofKey(metric).orElseThrow()) == null) {
            metric = device.latest().keySet().iterator().next().key();
        }
    }

    public String getChart() {
        if (device == null) {
            return null;
        }
        Metric m = Metric.ofKey(metric).orElse(Metric.UPTIME_SECONDS);
        Duration r = Duration.parse(RANGES.contains(range) ? range : "PT6H");
        List<SeriesPoint> points = fleet.history(device.deviceId(), m, r);
        return ChartJson.lines(List.of(
                new ChartJson.Line("mean", "#0b6bcb", points.stream().map(SeriesPoint::at).toList(), points.stream().map(SeriesPoint::mean).toList()),
                new ChartJson.Line("max", "#c62828", points.stream().map(SeriesPoint::at).toList(), points.stream().map(SeriesPoint::max).toList()),
                new ChartJson.Line("min", "#2e7d32", points.stream().map(SeriesPoint::at).toList(), points.stream().map(SeriesPoint::min).toList())));
    }

    /** What the chosen figure means, as the chart's caption. */
    public String getMetricHelp() {
        return Metric.ofKey(metric).map(Metric::help).orElse("");
    }

    public List<String> getMetrics() {
        return device == null ? List.of() : device.latest().keySet().stream().map(Metric::key).toList();
    }

    public List<String> getRanges() {
        return RANGES;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DeviceView getDevice() {
        return device;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = Metric.ofKey(metric).isPresent() ? metric : Metric.UPTIME_SECONDS.key();
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = RANGES.contains(range) ? range : "PT6H";
    }

    public List<String> getAllMetrics() {
        return Arrays.stream(Metric.values()).map(Metric::key).toList();
    }
}

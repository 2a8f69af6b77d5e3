package org.vigil.admin.fleet;

import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations (what PrimeFaces' {@code p:chart} draws) for the fleet pages: a line
 * over time, and bars per category. Labels and data come from Vigil, never from a page's input.
 */
public final class ChartJson {

    /** One line: its label, colour and points. */
    public record Line(String label, String colour, List<Instant> at, List<Double> values) {
    }

    private ChartJson() {
    }

    private static final java.time.format.DateTimeFormatter LABEL = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(java.time.ZoneOffset.UTC);

    /** Lines over time; the x labels are UTC ({@code MM-dd HH:mm}). */
    public static String lines(List<Line> lines) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Line line : lines) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            for (int i = 0; i < line.at().size(); i++) {
                points.add(Json.createObjectBuilder().add("x", LABEL.format(line.at().get(i)))
                        .add("y", line.values().get(i)));
            }
            datasets.add(Json.createObjectBuilder().add("label", line.label()).add("data", points).add("borderColor", line.colour())
                    .add("backgroundColor", line.colour()).add("pointRadius", 2).add("tension", 0.2).add("fill", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("type", "category").add("ticks", Json.createObjectBuilder()
                                .add("maxTicksLimit", 8).add("maxRotation", 0)))
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", "line").add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public static String bars(List<String> categories, String upLabel, List<Integer> up, String downLabel, List<Integer> down) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder ups = Json.createArrayBuilder();
        up.forEach(ups::add);
        JsonArrayBuilder downs = Json.createArrayBuilder();
        down.forEach(downs::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", upLabel).add("data", ups).add("backgroundColor", "#2e7d32"))
                        .add(Json.createObjectBuilder().add("label", downLabel).add("data", downs).add("backgroundColor", "#c62828"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}

package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.vigil.client.station.ui.Styles;

/**
 * One patient's tile: name and age, alert badges (shape and word), NEWS2 (saying what is missing
 * when partial), SpO2 scale 2 when chosen, and each kind's newest value with unit, age and trend.
 * A stale patient's values are struck out and marked stale, not shown as if current.
 * <p>
 * A tile is drawn for every value and every second (the ages move): when its lines are the same
 * ones as before, their labels only get new words. New labels (and their CSS) are made only when a
 * line comes or goes; remaking them every time was most of the station's CPU with 50 patients. The
 * labels measure their words only when they change ({@code SizedLabel}), and the screen draws tiles
 * in frames ({@link FramePacer}).
 */
final class TileView extends VBox {

    /** The node property holding a {@code Supplier<List<String>>} of the measurement ids that reached this tile. */
    static final String ARRIVED = "vigil.arrivedMeasurements";

    /** One line of the tile: its label's id (or none), words, inline style and user data. */
    private record Line(String id, String text, String style, Object data) {
    }

    private final PatientWatch watch;
    private final List<String> shownKeys = new ArrayList<>();

    TileView(PatientWatch watch) {
        this.watch = watch;
        setId("tile-" + watch.patientId());
        setFocusTraversable(true);
        setPrefWidth(300);
        setMinWidth(260);
        setMaxWidth(340);
        // what the feed delivered to this tile, for the tests that check a reconnect's replay (read on the FX thread)
        getProperties().put(ARRIVED, (Supplier<List<String>>) watch::arrived);
    }

    void draw(Instant now, Duration staleAfter) {
        boolean stale = watch.stale(now, staleAfter);
        boolean alarm = watch.alerts().stream().anyMatch(OpenAlert::alarming);
        String tileStyle = alarm ? Styles.TILE_ALARM : stale ? Styles.TILE_STALE : Styles.TILE;
        if (!tileStyle.equals(getStyle())) {
            setStyle(tileStyle);
        }
        List<Line> lines = lines(now, stale);
        List<String> keys = lines.stream().map(l -> l.id() + "\u0000" + l.style()).toList();
        if (keys.equals(shownKeys)) {
            List<Node> labels = getChildren();
            for (int i = 0; i < lines.size(); i++) {
                Label label = (Label) labels.get(i);
                Line line = lines.get(i);
                if (!line.text().equals(label.getText())) {
                    label.setText(line.text());
                }
                if (!Objects.equals(line.data(), label.getUserData())) {
                    label.setUserData(line.data());
                }
            }
            return;
        }
        List<Node> labels = new ArrayList<>();
        for (Line line : lines) {
            Label label = Styles.sizedLabel(line.text(), line.style());
            if (line.id() != null) {
                label.setId(line.id());
            }
            label.setUserData(line.data());
            labels.add(label);
        }
        getChildren().setAll(labels);
        shownKeys.clear();
        shownKeys.addAll(keys);
    }

    private List<Line> lines(Instant now, boolean stale) {
        String p = watch.patientId();
        List<Line> lines = new ArrayList<>();
        String age = watch.age(LocalDate.now()).map(a -> ", " + a + " y").orElse("");
        lines.add(new Line("name-" + p, watch.name() + age, "-fx-font-size: 15px; -fx-font-weight: bold;", null));
        watch.alerts().forEach(a -> lines.add(new Line("tileAlert-" + a.alertId(), a.badge() + " " + a.message()
                + ("snoozed".equals(a.state()) ? " (snoozed)" : ""), "-fx-font-weight: bold; -fx-text-fill: " + (a.rank() >= 3 ? "#b00020" : "#8a5a00")
                + ";", null)));
        lines.add(new Line("news2-" + p, watch.news2Text(), "-fx-font-weight: bold;", null));
        watch.card().filter(c -> c.spo2Scale() == 2).ifPresent(c -> lines.add(new Line(null, "SpO₂ scale 2 (target 88–92 %)", "", null)));
        if (stale) {
            String last = watch.lastValueAt().map(t -> "last value " + Ages.since(t, now)).orElse("no value yet");
            lines.add(new Line("stale-" + p, "⧗ STALE — " + last + "; values below are old", "-fx-font-weight: bold; -fx-text-fill: #37474f;", null));
        }
        if (watch.readings().isEmpty() && !stale) {
            lines.add(new Line(null, "Waiting for the first value…", "-fx-text-fill: #607d8b;", null));
        }
        for (PatientWatch.Reading r : watch.readings()) {
            String text = VitalKinds.label(r.kind()) + "  " + VitalKinds.format(r.value()) + " " + VitalKinds.unit(r.unit()) + " "
                    + r.trend().arrow() + "   " + Ages.since(r.measuredAt(), now);
            lines.add(new Line("value-" + p + "-" + r.kind(), text, stale ? "-fx-text-fill: #78909c; -fx-strikethrough: true;" : "-fx-font-size: 14px;",
                    r.value()));
        }
        return lines;
    }

    PatientWatch watch() {
        return watch;
    }
}

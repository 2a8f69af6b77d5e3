package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.vigil.client.station.ui.Styles;

/**
 * One patient's tile: name and age, alert badges (shape and word), NEWS2 (saying what is missing
 * when partial), SpO2 scale 2 when chosen, and each kind's newest value with unit, age and trend.
 * A stale patient's values are struck out and marked stale, not shown as if current.
 */
final class TileView extends VBox {

    /** The node property holding a {@code Supplier<List<String>>} of the measurement ids that reached this tile. */
    static final String ARRIVED = "vigil.arrivedMeasurements";

    private final PatientWatch watch;

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
        setStyle(alarm ? Styles.TILE_ALARM : stale ? Styles.TILE_STALE : Styles.TILE);
        getChildren().clear();
        String age = watch.age(LocalDate.now()).map(a -> ", " + a + " y").orElse("");
        getChildren().add(Styles.id(Styles.label(watch.name() + age, "-fx-font-size: 15px; -fx-font-weight: bold;"), "name-" + watch.patientId()));
        watch.alerts().forEach(a -> getChildren().add(Styles.label(a.badge() + " " + a.message() + ("snoozed".equals(a.state()) ? " (snoozed)" : ""),
                "-fx-font-weight: bold; -fx-text-fill: " + (a.rank() >= 3 ? "#b00020" : "#8a5a00") + ";")));
        Label news = Styles.id(Styles.label(watch.news2Text(), "-fx-font-weight: bold;"), "news2-" + watch.patientId());
        getChildren().add(news);
        watch.card().filter(c -> c.spo2Scale() == 2).ifPresent(c -> getChildren().add(Styles.label("SpO₂ scale 2 (target 88–92 %)", "")));
        if (stale) {
            String last = watch.lastValueAt().map(t -> "last value " + Ages.since(t, now)).orElse("no value yet");
            getChildren().add(Styles.id(Styles.label("⧗ STALE — " + last + "; values below are old", "-fx-font-weight: bold; -fx-text-fill: #37474f;"),
                    "stale-" + watch.patientId()));
        }
        if (watch.readings().isEmpty() && !stale) {
            getChildren().add(Styles.label("Waiting for the first value…", "-fx-text-fill: #607d8b;"));
        }
        for (PatientWatch.Reading r : watch.readings()) {
            String text = VitalKinds.label(r.kind()) + "  " + VitalKinds.format(r.value()) + " " + VitalKinds.unit(r.unit()) + " "
                    + r.trend().arrow() + "   " + Ages.since(r.measuredAt(), now);
            Label line = Styles.id(Styles.label(text, stale ? "-fx-text-fill: #78909c; -fx-strikethrough: true;" : "-fx-font-size: 14px;"),
                    "value-" + watch.patientId() + "-" + r.kind());
            line.setUserData(r.value());
            getChildren().add(line);
        }
    }

    PatientWatch watch() {
        return watch;
    }
}

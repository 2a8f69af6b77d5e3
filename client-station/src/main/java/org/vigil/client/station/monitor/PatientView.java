package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.client.sdk.care.BedsideAssessment;
import org.vigil.client.sdk.care.ChartSeries;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.media.VideoSource;
import org.vigil.client.station.StationSession;
import org.vigil.client.station.call.StationMedia;
import org.vigil.client.station.call.VideoCallPane;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.ui.Background;
import org.vigil.client.station.ui.Styles;

/**
 * One patient: a chart per kind (history from the chart API, then the live tail), 1 h / 24 h /
 * 7 d; the open alerts with acknowledge and snooze (reason and duration required); bedside entry
 * of what no device measures; the SpO2 scale, chosen by a doctor. Slots are kept for the video
 * call and the prescription panes other work adds.
 */
final class PatientView extends BorderPane {

    private static final int POINTS = 300;

    private final StationSession session;
    private final PatientWatch watch;
    private final Consumer<OpenAlert> acknowledge;
    private final ChoiceBox<String> kind = Styles.id(new ChoiceBox<>(), "chartKind");
    private final ToggleGroup range = new ToggleGroup();
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis values = new NumberAxis();
    private long axisUnitMillis = 60_000;
    private final LineChart<Number, Number> chart = Styles.id(new LineChart<>(time, values), "chart");
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final ProgressIndicator loading = Styles.id(new ProgressIndicator(), "chartLoading");
    private final Label chartNote = Styles.id(Styles.label("", ""), "chartNote");
    private final VBox alertList = Styles.id(new VBox(6), "alertList");
    private final Label alertMessage = Styles.id(Styles.label("", Styles.ERROR), "alertMessage");
    private VideoCallPane videoCall;
    private Instant chartFrom = Instant.now();
    private long loadGeneration;

    PatientView(StationSession session, PatientWatch watch, Consumer<OpenAlert> acknowledge, Runnable back) {
        this.session = session;
        this.watch = watch;
        this.acknowledge = acknowledge;
        setId("patientView");
        setPadding(new Insets(8));
        Button backButton = Styles.id(new Button("← Overview (Esc)"), "back");
        backButton.setCancelButton(true);
        backButton.setOnAction(e -> back.run());
        String age = watch.age(LocalDate.now()).map(a -> ", " + a + " years").orElse("");
        HBox header = new HBox(12, backButton, Styles.label(watch.name() + age, Styles.TITLE),
                Styles.id(Styles.label(watch.news2Text(), "-fx-font-weight: bold;"), "patientNews2"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);
        setCenter(chartPane());
        VBox side = new VBox(10, alertsPane(), bedsidePane(), scalePane(),
                videoPane(),
                placeholder("Prescriptions", "prescriptionSlot", "The patient's prescriptions appear here."));
        side.setPrefWidth(430);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setPrefWidth(450);
        setRight(sideScroll);
        drawAlerts();
        loadChart();
    }

    // ------------------------------------------------------------------ chart

    private VBox chartPane() {
        VitalKinds.SHOWN.forEach(k -> kind.getItems().add(k.label()));
        String first = watch.readings().stream().findFirst().map(r -> VitalKinds.label(r.kind())).orElse(VitalKinds.SHOWN.get(0).label());
        kind.setValue(first);
        kind.setOnAction(e -> loadChart());
        HBox ranges = new HBox(4);
        for (String r : new String[] {"1 h", "24 h", "7 d"}) {
            ToggleButton b = Styles.id(new ToggleButton(r), "range-" + r.replace(" ", ""));
            b.setToggleGroup(range);
            b.setUserData(r);
            ranges.getChildren().add(b);
        }
        range.getToggles().get(0).setSelected(true);
        range.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                loadChart();
            }
        });
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        // a fixed window ending now, so a range with few points is not stretched over a fraction of a minute
        time.setAutoRanging(false);
        time.setUpperBound(0);
        values.setForceZeroInRange(false);
        values.setAutoRanging(false);
        loading.setMaxSize(24, 24);
        HBox controls = new HBox(10, new Label("Vital"), kind, ranges, loading, chartNote);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, controls, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private String kindCode() {
        return VitalKinds.SHOWN.stream().filter(k -> k.label().equals(kind.getValue())).findFirst().orElseThrow().code();
    }

    /** The time axis's unit for the chosen range: minutes for an hour, hours for a day, days for a week. */
    private Duration axisUnit() {
        return switch ((String) range.getSelectedToggle().getUserData()) {
            case "24 h" -> Duration.ofHours(1);
            case "7 d" -> Duration.ofDays(1);
            default -> Duration.ofMinutes(1);
        };
    }

    private Duration rangeLength() {
        return switch ((String) range.getSelectedToggle().getUserData()) {
            case "24 h" -> Duration.ofHours(24);
            case "7 d" -> Duration.ofDays(7);
            default -> Duration.ofHours(1);
        };
    }

    /** History in the background: the live tiles and this view stay usable while the server works. */
    private void loadChart() {
        long generation = ++loadGeneration;
        String code = kindCode();
        Instant to = Instant.now();
        Instant from = to.minus(rangeLength());
        loading.setVisible(true);
        chartNote.setText("Loading " + VitalKinds.label(code) + "…");
        series.getData().clear();
        chartFrom = from;
        axisUnitMillis = axisUnit().toMillis();
        double span = rangeLength().toMillis() / (double) axisUnitMillis;
        time.setLowerBound(-span);
        time.setTickUnit(span / 12);
        time.setLabel((axisUnitMillis == 60_000 ? "minutes" : axisUnitMillis == 3_600_000 ? "hours" : "days") + " before now");
        values.setLabel(VitalKinds.of(code).map(VitalKinds.Kind::unit).orElse(""));
        Background.run(() -> session.care().chart(session.stationToken(), watch.patientId(), code, from, to, POINTS), history -> {
            if (generation != loadGeneration) {
                return;
            }
            loading.setVisible(false);
            for (ChartSeries.Bucket b : history.buckets()) {
                plot(b.start(), b.avg());
            }
            slide(Instant.now());
            chartNote.setText(history.buckets().isEmpty() ? "No " + VitalKinds.label(code) + " in this range yet; live values follow."
                    : history.buckets().size() + (history.buckets().size() == 1 ? " point" : " points") + " of " + history.bucketSeconds()
                            + " s, then live");
        }, e -> {
            if (generation == loadGeneration) {
                loading.setVisible(false);
                chartNote.setText("History not loaded: " + Refusals.of(e) + " Live values still follow.");
            }
        });
    }

    private void plot(Instant at, double value) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(unitsBefore(at, Instant.now()), value);
        point.setExtraValue(at);
        series.getData().add(point);
    }

    private double unitsBefore(Instant t, Instant now) {
        return -Duration.between(t, now).toMillis() / (double) axisUnitMillis;
    }

    /**
     * Keeps the window ending now (the station's clock calls it every second): each point moves
     * back by the time gone, what left the range goes, and the value axis fits what remains. Points
     * are drawn as dots while few enough to tell apart, so a lone value is seen.
     */
    void slide(Instant now) {
        Instant from = now.minus(rangeLength());
        series.getData().removeIf(d -> ((Instant) d.getExtraValue()).isBefore(from));
        List<Double> shown = new ArrayList<>(series.getData().size());
        for (XYChart.Data<Number, Number> d : series.getData()) {
            d.setXValue(unitsBefore((Instant) d.getExtraValue(), now));
            shown.add(d.getYValue().doubleValue());
        }
        chart.setCreateSymbols(shown.size() <= 60);
        ValueAxisRange fit = ValueAxisRange.around(shown);
        if (fit != null) {
            values.setLowerBound(fit.lower());
            values.setUpperBound(fit.upper());
            values.setTickUnit(fit.tick());
        }
    }

    /** The live tail: values of the shown kind as they arrive. */
    void feed(StationMessage m) {
        if ("observations".equals(m.type())) {
            String code = kindCode();
            for (JsonNode o : m.data().path("observations")) {
                Instant at = Instant.parse(o.path("measuredAt").asText());
                if (code.equals(o.path("kind").asText()) && at.isAfter(chartFrom)) {
                    plot(at, o.path("value").asDouble());
                }
            }
            slide(Instant.now());
        }
        if ("alert".equals(m.type())) {
            drawAlerts();
        }
    }

    // ------------------------------------------------------------------ alerts

    private TitledPane alertsPane() {
        VBox box = new VBox(6, alertList, alertMessage);
        TitledPane pane = new TitledPane("Open alerts", box);
        pane.setCollapsible(false);
        return pane;
    }

    void drawAlerts() {
        alertList.getChildren().clear();
        if (watch.alerts().isEmpty()) {
            alertList.getChildren().add(Styles.label("No open alert.", ""));
        }
        for (OpenAlert a : watch.alerts()) {
            Label what = Styles.label(a.badge() + "  " + a.message() + " — " + a.state(), "-fx-font-weight: bold;");
            Button ack = Styles.id(new Button("Acknowledge"), "ack-" + a.alertId());
            ack.setOnAction(e -> {
                acknowledge.accept(a);
                alertMessage.setText("");
            });
            TextField reason = Styles.id(new TextField(), "snoozeReason-" + a.alertId());
            reason.setPromptText("reason (required)");
            ChoiceBox<String> duration = Styles.id(new ChoiceBox<>(), "snoozeFor-" + a.alertId());
            duration.getItems().addAll("15 min", "30 min", "1 h", "4 h");
            duration.setValue("30 min");
            Button snooze = Styles.id(new Button("Snooze"), "snooze-" + a.alertId());
            snooze.setOnAction(e -> snooze(a, reason.getText(), duration.getValue()));
            ack.setMinWidth(Region.USE_PREF_SIZE);
            snooze.setMinWidth(Region.USE_PREF_SIZE);
            HBox actions = new HBox(6, ack, reason, duration, snooze);
            HBox.setHgrow(reason, Priority.ALWAYS);
            actions.setAlignment(Pos.CENTER_LEFT);
            alertList.getChildren().add(new VBox(3, what, actions));
        }
    }

    private void snooze(OpenAlert a, String reason, String duration) {
        if (reason == null || reason.isBlank()) {
            alertMessage.setText("Say why the alert is snoozed: a snooze needs a reason. Nothing was changed.");
            return;
        }
        Duration length = switch (duration) {
            case "15 min" -> Duration.ofMinutes(15);
            case "1 h" -> Duration.ofHours(1);
            case "4 h" -> Duration.ofHours(4);
            default -> Duration.ofMinutes(30);
        };
        Background.run(() -> session.care().snooze(session.personToken(), a.alertId(), Instant.now().plus(length), reason.strip()), done -> {
            watch.alertStep(new OpenAlert(a.alertId(), a.patientId(), a.condition(), a.severity(), done.state(), a.message(), Instant.now()));
            alertMessage.setText("");
            session.say().accept("Snoozed for " + duration + ": " + a.message() + ".");
            drawAlerts();
        }, e -> alertMessage.setText("Not snoozed: " + Refusals.of(e)));
    }

    // ------------------------------------------------------------------ bedside entry

    private TitledPane bedsidePane() {
        TextField rr = Styles.id(new TextField(), "manualRr");
        rr.setPromptText("breaths/min");
        TextField spo2 = Styles.id(new TextField(), "manualSpo2");
        spo2.setPromptText("%");
        ChoiceBox<String> acvpu = Styles.id(new ChoiceBox<>(), "manualAcvpu");
        acvpu.getItems().addAll("alert", "new-confusion", "voice", "pain", "unresponsive");
        acvpu.setValue("alert");
        CheckBox oxygen = Styles.id(new CheckBox("On supplemental oxygen"), "manualO2");
        Label result = Styles.id(Styles.label("", ""), "manualResult");
        Button save = Styles.id(new Button("Save entry"), "saveManual");
        save.setOnAction(e -> {
            Optional<String> problem = check("respiratory-rate", rr.getText()).or(() -> check("spo2", spo2.getText()));
            if (problem.isPresent()) {
                result.setStyle(Styles.ERROR);
                result.setText(problem.get());
                return;
            }
            BedsideAssessment entry = new BedsideAssessment(acvpu.getValue(), oxygen.isSelected(), number(rr.getText()), number(spo2.getText()));
            save.setDisable(true);
            Background.run(() -> session.care().assess(session.personToken(), watch.patientId(), entry), score -> {
                save.setDisable(false);
                watch.news2(score);
                result.setStyle("-fx-font-weight: bold;");
                result.setText("Saved. " + PatientWatch.describe(score));
                rr.clear();
                spo2.clear();
            }, ex -> {
                save.setDisable(false);
                result.setStyle(Styles.ERROR);
                result.setText("Not saved: " + Refusals.of(ex));
            });
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Respiratory rate"), rr);
        grid.addRow(1, new Label("SpO₂"), spo2);
        grid.addRow(2, new Label("Consciousness (ACVPU)"), acvpu);
        grid.add(oxygen, 1, 3);
        grid.add(save, 1, 4);
        TitledPane pane = new TitledPane("Bedside entry (completes NEWS2)", new VBox(6, grid, result));
        pane.setCollapsible(false);
        return pane;
    }

    private static Optional<String> check(String code, String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : VitalKinds.checkManual(code, typed);
    }

    private static Integer number(String typed) {
        return typed == null || typed.isBlank() ? null : (int) Math.round(Double.parseDouble(typed.strip().replace(',', '.')));
    }

    // ------------------------------------------------------------------ SpO2 scale

    private TitledPane scalePane() {
        ChoiceBox<String> scale = Styles.id(new ChoiceBox<>(), "spo2Scale");
        scale.getItems().addAll("Scale 1 (usual)", "Scale 2 (hypercapnic failure, target 88–92 %)");
        scale.setValue(watch.card().map(c -> c.spo2Scale() == 2).orElse(false) ? scale.getItems().get(1) : scale.getItems().get(0));
        Button apply = Styles.id(new Button("Apply"), "applyScale");
        Label note = Styles.id(Styles.label(session.person().has("doctor") ? "" : "Only the patient's doctor chooses the scale.", ""), "scaleNote");
        apply.setDisable(!session.person().has("doctor"));
        apply.setOnAction(e -> {
            int chosen = scale.getSelectionModel().getSelectedIndex() + 1;
            Background.run(() -> session.care().setSpo2Scale(session.personToken(), watch.patientId(), chosen), score -> {
                watch.card().ifPresent(c -> watch.card(new org.vigil.client.sdk.care.PatientCard(c.patientId(), c.familyName(), c.givenName(),
                        c.birthDate(), c.sex(), chosen, score)));
                note.setStyle("");
                note.setText("SpO₂ scale " + chosen + " in use. " + PatientWatch.describe(score));
            }, ex -> {
                note.setStyle(Styles.ERROR);
                note.setText("Not changed: " + Refusals.of(ex));
            });
        });
        HBox row = new HBox(8, scale, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane("NEWS2 SpO₂ scale", new VBox(6, row, note));
        pane.setCollapsible(false);
        return pane;
    }

    /** The video call with the patient's gateway, opened by the person's click (nothing rings by itself). */
    private TitledPane videoPane() {
        videoCall = new VideoCallPane(() -> CallSignaling.connect(session.server(), stationToken(), session.personToken()), watch.patientId(),
                StationMedia::engine, VideoSource::cameraOrTestPattern);
        TitledPane pane = new TitledPane("Video call", videoCall);
        pane.setId("videoSlot");
        pane.setExpanded(true);
        return pane;
    }

    private String stationToken() throws java.io.IOException {
        try {
            return session.stationToken();
        } catch (java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.IOException("the station's token: " + e.getMessage(), e);
        }
    }

    private static TitledPane placeholder(String title, String id, String text) {
        TitledPane pane = new TitledPane(title, Styles.label(text, "-fx-text-fill: #78909c;"));
        pane.setId(id);
        pane.setExpanded(false);
        return pane;
    }

    boolean shows(String patientId) {
        return watch.patientId().equals(patientId);
    }

    void close() {
        videoCall.close();
        loadGeneration++;
    }
}

package org.vigil.client.station.monitor;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.vigil.client.sdk.care.AlertState;
import org.vigil.client.sdk.care.LatestVital;
import org.vigil.client.sdk.care.PatientCard;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.client.station.StationSession;
import org.vigil.client.station.StationWindow;
import org.vigil.client.station.live.ConnectionState;
import org.vigil.client.station.live.LiveLink;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.ui.AlarmSound;
import org.vigil.client.station.ui.Background;
import org.vigil.client.station.ui.MutedIcon;
import org.vigil.client.station.ui.PaintProbe;
import org.vigil.client.station.ui.Styles;

/**
 * The monitoring overview: one tile per assigned patient, most worrying first, fed by the live
 * link; an alarm banner (with sound) while an urgent or emergency alert waits for acknowledgement;
 * the connection state and the mute switch in the top bar. Enter on a tile opens the patient.
 */
public final class MonitoringScreen implements StationWindow.Screen {

    private static final java.time.Duration NEWS2_REFRESH = java.time.Duration.ofSeconds(3);
    /**
     * Tiles are drawn at most this often: the values that arrive meanwhile, and the ages' once-a-second
     * move, reach the screen together in one frame. Each frame costs the software renderer (Xvfb,
     * workstations without a GPU) far more than the tiles in it; 50 patients at 1 Hz otherwise made
     * about 50 frames a second.
     */
    static final long FRAME_NANOS = 100_000_000L;

    private final StationSession session;
    private final Consumer<String> refused;
    private final Ward ward = new Ward();
    private final AlarmBoard alarms = new AlarmBoard();
    private final AlarmSound sound = new AlarmSound();
    private final Map<String, TileView> tiles = new HashMap<>();
    private final Set<String> news2Due = new HashSet<>();
    private final FlowPane tilePane = new FlowPane(10, 10);
    private final BorderPane overview = new BorderPane();
    private final BorderPane view = new BorderPane();
    private final HBox banner = new HBox();
    private final Label bannerText = Styles.id(Styles.label("", "-fx-text-fill: white; -fx-font-size: 16px; -fx-font-weight: bold;"), "alarmText");
    private final Label connection = Styles.id(Styles.label(ConnectionState.CONNECTING.symbol() + " " + ConnectionState.CONNECTING.text(),
            "-fx-text-fill: white; -fx-font-size: 14px;"), "connection");
    private final ToggleButton mute = Styles.id(new ToggleButton("Mute"), "mute");
    private final Label muted = Styles.id(Styles.label("", "-fx-text-fill: #ffd54f; -fx-font-weight: bold;"), "muted");
    private final Label empty = Styles.id(Styles.label("No patient is assigned to this station yet. A supervisor assigns patients; they appear "
            + "here at once.", "-fx-font-size: 15px; -fx-text-fill: #455a64;"), "noPatients");
    private final Timeline clock;
    private final PaintProbe probe = PaintProbe.fromSystemProperty();
    /** Tiles with values not drawn yet, whether the ages are due, and the probe's values waiting for their frame. */
    private final Set<String> tilesDue = new LinkedHashSet<>();
    private boolean agesDue;
    private final List<Runnable> probesDue = new ArrayList<>();
    private final PauseTransition nextFrame = new PauseTransition();
    private final FramePacer pacer = new FramePacer(FRAME_NANOS, System.nanoTime());
    private final LiveLink link;
    private ConnectionState state = ConnectionState.CONNECTING;
    private Instant lastNews2Refresh = Instant.EPOCH;

    public MonitoringScreen(StationSession session, Consumer<String> refused) {
        this.session = session;
        this.refused = refused;
        buildBanner();
        tilePane.setPadding(new Insets(10));
        tilePane.setPrefWrapLength(1300);
        ScrollPane scroll = new ScrollPane(tilePane);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent;");
        overview.setTop(banner);
        overview.setCenter(scroll);
        view.setCenter(overview);
        mute.setMinWidth(Region.USE_PREF_SIZE);
        mute.setSelected(session.options().muted());
        mute.setOnAction(e -> soundOrNot());
        updateMuted();
        tilePane.getChildren().setAll(empty);
        nextFrame.setOnFinished(e -> drawDue());
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        link = new LiveLink(session.server(), session.credentials(), session.personToken(), new LinkListener()).start();
    }

    private void buildBanner() {
        Button ack = Styles.id(new Button("Acknowledge (A)"), "bannerAck");
        ack.setOnAction(e -> alarms.top().ifPresent(this::acknowledge));
        Button open = Styles.id(new Button("Open patient"), "bannerOpen");
        open.setOnAction(e -> alarms.top().flatMap(a -> ward.patient(a.patientId())).ifPresent(this::openPatient));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        banner.getChildren().setAll(bannerText, spacer, open, ack);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setStyle(Styles.BANNER);
        banner.setId("alarmBanner");
        banner.setVisible(false);
        banner.setManaged(false);
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.A && !alarms.quiet() && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                alarms.top().ifPresent(this::acknowledge);
            }
        });
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node status() {
        HBox status = new HBox(10, connection, mute, muted);
        status.setAlignment(Pos.CENTER_LEFT);
        return status;
    }

    // ------------------------------------------------------------------ the feed

    private final class LinkListener implements LiveLink.Listener {
        @Override
        public void state(ConnectionState s) {
            Platform.runLater(() -> connectionState(s));
        }

        @Override
        public void assigned(Set<String> patientIds) {
            Platform.runLater(() -> {
                ward.assigned(patientIds).forEach(MonitoringScreen.this::load);
                redraw();
            });
        }

        @Override
        public void message(StationMessage m) {
            long arrived = probe.on() ? PaintProbe.nowMicros() : 0;
            Platform.runLater(() -> apply(m, arrived));
        }

        @Override
        public void refused(Throwable why) {
            Platform.runLater(() -> refused.accept(Refusals.of(why)));
        }
    }

    private void connectionState(ConnectionState s) {
        ConnectionState before = state;
        state = s;
        String suffix = s == ConnectionState.REPLAY_INCOMPLETE ? " at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) : "";
        connection.setText(s.symbol() + " " + s.text() + suffix);
        connection.setStyle("-fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: " + (s.current() ? "#a5d6a7" : "#ffcc80") + ";");
        if (s == ConnectionState.REPLAY_INCOMPLETE && before != ConnectionState.REPLAY_INCOMPLETE) {
            ward.inOrder().forEach(p -> load(p.patientId()));
            session.say().accept("The server could not replay everything missed: every tile was reloaded over REST.");
        }
        redraw();
    }

    private void apply(StationMessage m, long arrivedMicros) {
        Ward.Change change = ward.apply(m);
        if (currentPatient != null && view.getCenter() == currentPatient && currentPatient.shows(m.patientId())) {
            currentPatient.feed(m);
        }
        switch (change.kind()) {
            case ADDED -> {
                load(change.patientId());
                session.say().accept("A patient was assigned to this station.");
                redraw();
            }
            case REMOVED -> {
                alarms.forgetPatient(change.patientId());
                tiles.remove(change.patientId());
                session.say().accept("A patient was released from this station.");
                soundOrNot();
                redraw();
            }
            case VALUES -> {
                news2Due.add(change.patientId());
                tilesDue.add(change.patientId());
                if (probe.on()) {
                    m.data().path("observations").forEach(o -> {
                        String id = o.path("measurementId").asText();
                        probesDue.add(() -> probe.drawn(view.getScene(), id, arrivedMicros));
                    });
                }
                frameDue();
            }
            case ALERT -> {
                OpenAlert a = change.alert().orElseThrow();
                if (alarms.step(a)) {
                    soundOrNot();
                }
                if (a.condition().equals("news2")) {
                    news2Due.add(a.patientId());
                }
                redraw();
            }
            default -> {
            }
        }
    }

    /** The card (name, age, NEWS2) and the latest values of a patient, in the background. */
    private void load(String patientId) {
        Background.run(() -> {
            String token = session.stationToken();
            return new Loaded(session.care().patient(token, patientId), session.care().latest(token, patientId),
                    session.care().openAlerts(token, patientId));
        }, loaded -> ward.patient(patientId).ifPresent(p -> {
            p.card(loaded.card());
            p.reload(loaded.latest());
            p.reloadAlerts(loaded.alerts().stream().map(OpenAlert::of).toList());
            alarms.forgetPatient(patientId);
            p.alerts().forEach(alarms::step);
            soundOrNot();
            redraw();
        }), e -> session.say().accept("Could not load a patient's card: " + Refusals.of(e)));
    }

    private record Loaded(PatientCard card, List<LatestVital> latest, List<AlertState> alerts) {
    }

    private void tick() {
        Instant now = Instant.now();
        if (!news2Due.isEmpty() && java.time.Duration.between(lastNews2Refresh, now).compareTo(NEWS2_REFRESH) >= 0) {
            lastNews2Refresh = now;
            Set<String> due = new HashSet<>(news2Due);
            news2Due.clear();
            due.forEach(id -> Background.run(() -> session.care().patient(session.stationToken(), id),
                    card -> ward.patient(id).ifPresent(p -> {
                        p.card(card);
                        drawTile(id);
                    }), e -> { }));
        }
        agesDue = true;
        frameDue();
        if (currentPatient != null) {
            currentPatient.slide(now);
        }
    }

    // ------------------------------------------------------------------ drawing

    /** Draws what is due now if the last frame is old enough, else once it is (one frame for all of it). */
    private void frameDue() {
        long wait = pacer.due(System.nanoTime());
        if (wait == 0) {
            drawDue();
        } else if (wait > 0) {
            nextFrame.setDuration(Duration.millis(wait / 1e6));
            nextFrame.playFromStart();
        }
    }

    private void drawDue() {
        pacer.drawn(System.nanoTime());
        Instant now = Instant.now();
        if (agesDue) {
            agesDue = false;
            tiles.values().forEach(t -> t.draw(now, session.options().staleAfter()));
        } else {
            for (String patientId : tilesDue) {
                TileView t = tiles.get(patientId);
                if (t == null) {
                    redraw();
                    break;
                }
                t.draw(now, session.options().staleAfter());
            }
        }
        tilesDue.clear();
        probesDue.forEach(Runnable::run);
        probesDue.clear();
    }

    private void redraw() {
        if (ward.size() == 0) {
            tilePane.getChildren().setAll(empty);
            updateBanner();
            return;
        }
        Instant now = Instant.now();
        java.util.List<Node> ordered = new java.util.ArrayList<>();
        for (PatientWatch p : ward.inOrder()) {
            TileView tile = tiles.computeIfAbsent(p.patientId(), id -> {
                TileView t = new TileView(p);
                t.setOnMouseClicked(e -> openPatient(p));
                t.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        openPatient(p);
                    }
                });
                return t;
            });
            tile.draw(now, session.options().staleAfter());
            ordered.add(tile);
        }
        // putting the same tiles back would restyle and lay out every one of them: only a new order is set
        if (!tilePane.getChildren().equals(ordered)) {
            tilePane.getChildren().setAll(ordered);
        }
        updateBanner();
    }

    /** A tile whose card changed: drawn with the next frame. */
    private void drawTile(String patientId) {
        tilesDue.add(patientId);
        frameDue();
    }

    private void updateBanner() {
        var top = alarms.top();
        banner.setVisible(top.isPresent());
        banner.setManaged(top.isPresent());
        banner.setUserData(top.map(OpenAlert::alertId).orElse(null));
        top.ifPresent(a -> {
            String who = ward.patient(a.patientId()).map(PatientWatch::name).orElse("a patient");
            String more = alarms.count() > 1 ? "   (+" + (alarms.count() - 1) + " more)" : "";
            String heard = mute.isSelected() ? "   (muted)" : !sound.problem().isEmpty() ? "   (" + sound.problem() + ")"
                    : sound.sounding() ? "   ♪ sounding" : "";
            bannerText.setText(a.badge() + " — " + who + ": " + a.message() + more + heard);
        });
    }

    private void soundOrNot() {
        if (!alarms.quiet() && !mute.isSelected()) {
            sound.start();
        } else {
            sound.stop();
        }
        updateMuted();
        updateBanner();
    }

    private void updateMuted() {
        muted.setText(mute.isSelected() ? "MUTED — alarms are shown, not heard" : sound.problem());
        muted.setGraphic(mute.isSelected() ? MutedIcon.of(Color.web("#ffd54f")) : null);
    }

    // ------------------------------------------------------------------ actions

    void acknowledge(OpenAlert alert) {
        session.say().accept("Acknowledging…");
        Background.run(() -> session.care().acknowledge(session.personToken(), alert.alertId()), done -> {
            ward.patient(alert.patientId()).ifPresent(p -> p.alertStep(new OpenAlert(alert.alertId(), alert.patientId(), alert.condition(),
                    alert.severity(), done.state(), alert.message(), Instant.now())));
            alarms.step(new OpenAlert(alert.alertId(), alert.patientId(), alert.condition(), alert.severity(), done.state(), alert.message(),
                    Instant.now()));
            soundOrNot();
            redraw();
            session.say().accept("Acknowledged: " + alert.message() + " (recorded by the server as " + session.person().name() + ").");
        }, e -> session.say().accept("Not acknowledged: " + Refusals.of(e)));
    }

    private void openPatient(PatientWatch p) {
        if (currentPatient != null) {
            currentPatient.close();
        }
        PatientView[] opened = new PatientView[1];
        opened[0] = new PatientView(session, p, this::acknowledgeAndRefresh, () -> {
            // leaving the patient hangs up a call with them: a call nobody sees must not go on
            opened[0].close();
            view.setCenter(overview);
            redraw();
        });
        PatientView patientView = opened[0];
        view.setCenter(patientView);
        currentPatient = patientView;
    }

    private PatientView currentPatient;

    private void acknowledgeAndRefresh(OpenAlert alert) {
        acknowledge(alert);
    }

    /** Live values also reach an open patient view's chart. */
    Ward ward() {
        return ward;
    }

    @Override
    public void close() {
        clock.stop();
        link.close();
        sound.stop();
        if (currentPatient != null) {
            currentPatient.close();
        }
    }
}

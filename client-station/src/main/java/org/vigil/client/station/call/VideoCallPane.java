package org.vigil.client.station.call;

import java.time.Instant;
import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.VideoSource;
import org.vigil.client.station.ui.Styles;

/**
 * The video call with one patient's gateway, in the patient view: the patient's video, the call's
 * state in words ({@link CallStatus}), Call, Hang up, Mute and Camera off. Each call runs in a
 * {@link StationCall}; this pane only draws what it reports.
 */
public final class VideoCallPane extends VBox {

    private final CallStatus status = new CallStatus();
    private final StationCall.Connector connector;
    private final String patientId;
    private final Supplier<MediaEngine> engine;
    private final Supplier<VideoSource> camera;
    private final VideoView remote = Styles.id(new VideoView(400, 225), "remoteVideo");
    private final Label state = Styles.id(Styles.label("", "-fx-font-weight: bold;"), "callStatus");
    private final Button call = Styles.id(new Button("Call"), "call");
    private final Button hangUp = Styles.id(new Button("Hang up"), "hangUp");
    private final Button mute = Styles.id(new Button("Mute"), "muteCall");
    private final Button cameraButton = Styles.id(new Button("Camera off"), "camera");
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> draw()));
    private StationCall current;

    /**
     * @param engine the program's one media engine, made on first use
     * @param camera the station's camera (or test pattern), one per call; the call closes it
     */
    public VideoCallPane(StationCall.Connector connector, String patientId, Supplier<MediaEngine> engine, Supplier<VideoSource> camera) {
        super(8);
        this.connector = connector;
        this.patientId = patientId;
        this.engine = engine;
        this.camera = camera;
        setId("videoCall");
        setPadding(new Insets(6));
        StackPane screen = new StackPane(remote);
        screen.setStyle("-fx-background-color: #1f2d3d;");
        screen.setMinSize(400, 225);
        screen.setPrefSize(400, 225);
        screen.setAlignment(Pos.CENTER);
        hangUp.setStyle("-fx-base: #c0392b; -fx-text-fill: white;");
        call.setStyle("-fx-base: #2e7d32; -fx-text-fill: white;");
        call.setOnAction(e -> call());
        hangUp.setOnAction(e -> {
            if (current != null) {
                current.hangUp();
            }
        });
        mute.setTooltip(new javafx.scene.control.Tooltip("Calls carry no sound yet: only video"));
        cameraButton.setOnAction(e -> camera());
        HBox buttons = new HBox(6, call, hangUp, mute, cameraButton);
        getChildren().addAll(screen, state, buttons);
        clock.setCycleCount(Timeline.INDEFINITE);
        draw();
    }

    /** Whether the station's camera track is on, while a call is answered (what Camera off changes). */
    public java.util.Optional<Boolean> sendingVideo() {
        return current == null ? java.util.Optional.empty() : current.peer().map(p -> p.sendingVideo());
    }

    /** Ends a call in progress (the patient view closes). */
    public void close() {
        if (current != null && status.live()) {
            current.hangUp();
        }
        clock.stop();
    }

    private void call() {
        long attempt = status.calling();
        StationCall started = new StationCall(connector, patientId, engine.get(), camera, new OnScreen(attempt));
        current = started;
        remote.show(started::picture);
        clock.play();
        draw();
        started.start();
    }

    private void camera() {
        if (current == null) {
            return;
        }
        current.peer().ifPresent(peer -> {
            status.toggleCamera();
            peer.sendVideo(!status.cameraOff());
        });
        draw();
    }

    private void draw() {
        state.setText(status.text(Instant.now()));
        call.setText(status.callLabel());
        call.setDisable(!status.canCall());
        hangUp.setDisable(!status.canHangUp());
        mute.setText(status.muteLabel());
        cameraButton.setText(status.cameraLabel());
        mute.setDisable(true);
        cameraButton.setDisable(!status.canUseMedia());
    }

    /**
     * One call's reports, moved to the FX thread. A report of an earlier call (its thread ending after Call was
     * pressed again) changes nothing: {@link CallStatus} ignores it, and it neither stops the clock nor clears the
     * picture of the call on screen now.
     */
    private final class OnScreen implements StationCall.Listener {

        private final long attempt;

        OnScreen(long attempt) {
            this.attempt = attempt;
        }

        @Override
        public void ringing() {
            Platform.runLater(() -> {
                if (status.ringing(attempt)) {
                    draw();
                }
            });
        }

        @Override
        public void accepted(Instant at) {
            Platform.runLater(() -> {
                if (status.accepted(attempt, at)) {
                    draw();
                }
            });
        }

        @Override
        public void finished(String type, String by) {
            Platform.runLater(() -> stoppedIf(status.finished(attempt, type, by)));
        }

        @Override
        public void refused(String code) {
            Platform.runLater(() -> stoppedIf(status.refused(attempt, code)));
        }

        @Override
        public void failed(String reason) {
            Platform.runLater(() -> stoppedIf(status.failed(attempt, reason)));
        }

        private void stoppedIf(boolean current) {
            if (current) {
                clock.stop();
                remote.clear();
                draw();
            }
        }
    }
}

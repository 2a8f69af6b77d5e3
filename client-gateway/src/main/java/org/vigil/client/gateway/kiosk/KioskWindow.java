package org.vigil.client.gateway.kiosk;

import java.time.Instant;
import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.VideoSource;

/**
 * The gateway's screen for calls, made for a patient who may see and move poorly: who is calling in
 * large letters, one large green Accept and a smaller Decline; in a call, the doctor's video and a
 * Hang up. Everything it shows comes from {@link KioskState}; the calls run in {@link KioskCalls}.
 */
public final class KioskWindow {

    private static final String BIG = "-fx-font-family: 'DejaVu Sans', sans-serif; -fx-font-size: 30px; -fx-font-weight: bold;";

    private final Stage stage;
    private final KioskState state = new KioskState();
    private final KioskCalls calls;
    private final Label headline = id(new Label(), "caller");
    private final Label connection = id(new Label(), "kioskConnection");
    private final Button accept = id(new Button("Accept"), "accept");
    private final Button decline = id(new Button("Decline"), "decline");
    private final Button hangUp = id(new Button("Hang up"), "kioskHangUp");
    private final VideoView doctor = id(new VideoView(640, 360), "doctorVideo");
    private final Label hint = id(new Label(), "kioskHint");
    private final StackPane screen = new StackPane(doctor);
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> draw()));

    private KioskWindow(Stage stage, KioskCalls.Connector connector, MediaEngine engine, Supplier<VideoSource> camera) {
        this.stage = stage;
        this.calls = new KioskCalls(connector, engine, camera, new OnScreen());
        headline.setStyle(BIG);
        headline.setWrapText(true);
        accept.setStyle("-fx-font-size: 40px; -fx-base: #2e7d32; -fx-text-fill: white; -fx-padding: 24 80 24 80;");
        decline.setStyle("-fx-font-size: 22px; -fx-padding: 14 30 14 30;");
        hangUp.setStyle("-fx-font-size: 30px; -fx-base: #c0392b; -fx-text-fill: white; -fx-padding: 18 60 18 60;");
        accept.setOnAction(e -> calls.accept());
        decline.setOnAction(e -> calls.decline());
        hangUp.setOnAction(e -> calls.hangUp());
        screen.setStyle("-fx-background-color: #101820;");
        screen.setPrefSize(640, 360);
        hint.setStyle("-fx-font-size: 24px; -fx-text-fill: #37474f;");
        hint.setWrapText(true);
        StackPane middle = new StackPane(screen, hint);
        HBox buttons = new HBox(30, accept, decline, hangUp);
        buttons.setAlignment(Pos.CENTER);
        VBox top = new VBox(6, headline, connection);
        top.setAlignment(Pos.CENTER);
        BorderPane root = new BorderPane(middle, top, null, buttons, null);
        BorderPane.setMargin(buttons, new Insets(16));
        root.setPadding(new Insets(16));
        root.setStyle("-fx-background-color: #f4f6f8;");
        stage.setTitle("Vigil — calls");
        stage.setScene(new Scene(root, 900, 640));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        draw();
    }

    /** Opens the kiosk on {@code stage} (on the FX thread) and starts listening for calls. */
    public static KioskWindow open(Stage stage, KioskCalls.Connector connector, MediaEngine engine, Supplier<VideoSource> camera) {
        KioskWindow window = new KioskWindow(stage, connector, engine, camera);
        stage.show();
        window.calls.start();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Stops listening for calls (the window stays its owner's to close). */
    public void close() {
        clock.stop();
        calls.close();
    }

    private void draw() {
        headline.setText(state.headline(Instant.now()));
        show(accept, state.canAnswer());
        show(decline, state.canAnswer());
        show(hangUp, state.canHangUp());
        // the video area only in a call: while it rings, the screen says what the green button does
        screen.setVisible(state.canHangUp());
        hint.setText(state.canAnswer() ? "Touch the green button to see them (calls have no sound yet)." : "");
    }

    private static void show(Button b, boolean shown) {
        b.setVisible(shown);
        b.setManaged(shown);
    }

    private static <T extends javafx.scene.Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    /** The calls' reports, moved to the FX thread. */
    private final class OnScreen implements KioskCalls.Listener {

        @Override
        public void ringing(CallMessage ring, boolean autoAnswer) {
            Platform.runLater(() -> {
                state.ringing(ring.callId(), CallerText.of(ring.raw()));
                connection.setText(autoAnswer ? "Answering by itself…" : "");
                draw();
            });
        }

        @Override
        public void inCall(String callId, Instant at) {
            Platform.runLater(() -> {
                if (state.inCall(callId, at)) {
                    connection.setText("");
                    doctor.show(calls::picture);
                    draw();
                }
            });
        }

        /** An end of another call than the one on screen (a late report) leaves the screen and the picture alone. */
        @Override
        public void ended(String callId, String type) {
            Platform.runLater(() -> {
                if (state.ended(callId, type)) {
                    doctor.clear();
                    draw();
                }
            });
        }

        @Override
        public void connection(boolean online, String detail) {
            Platform.runLater(() -> connection.setText(online ? "Ready for calls" : "Not connected: calls cannot reach this screen (" + detail + ")"));
        }
    }
}

package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.support.StationDriver.await;
import static org.vigil.it.support.StationDriver.awaitText;
import static org.vigil.it.support.StationDriver.click;
import static org.vigil.it.support.StationDriver.fx;
import static org.vigil.it.support.StationDriver.screenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.kiosk.KioskWindow;
import org.vigil.client.gateway.kiosk.VideoView;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.TestPattern;
import org.vigil.client.sdk.call.media.TestPatternSource;
import org.vigil.client.station.call.VideoCallPane;
import org.vigil.it.support.CallingStation;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.StationDriver;
import org.vigil.it.support.TurnServer;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * The station's video pane and the gateway's kiosk in real windows under Xvfb, clicked by JavaFX's
 * robot, calling each other through the deployed server's signaling and coturn (relay-only): the
 * station (its own client, a doctor signed in by CIBA, assigned to the patient) first calls while
 * the gateway is offline and is told so before anything rings; then the kiosk opens, the station
 * calls, the kiosk shows who calls with Accept and Decline, Accept is clicked, and each window
 * draws the other's decoded test pattern (pixels checked, frames counted as they keep coming).
 * Camera off stops the kiosk's pictures until the camera is on again, Hang up ends the call in both
 * windows. The kiosk names the caller and the station ("Dr Anna Meyer, Ward 9 screen"); a patient whose
 * gateway answers by itself (the auto-answer setting) is in the call without a touch. One call set-up serves the
 * video checks; the steps build on each other. {@code once}: the
 * windows and the media do not touch the database, and the signaling's records are CallMediaIT's on both.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("once")
class StationVideoCallIT {

    private static final Duration UI = Duration.ofSeconds(20);
    private static final Path DOCS = Path.of("..", "docs", "screenshots");
    private static final TestPattern STATION_PICTURE = new TestPattern(320, 180);
    private static final TestPattern GATEWAY_PICTURE = new TestPattern(320, 180);

    private WildFlyServer server;
    private CareWorld world;
    private DeviceClient gateway;
    private CallingStation station;
    private String doctorAtStation;
    private String patientId;
    private TurnServer coturn;
    private MediaEngine media;
    private Stage stationStage;
    private VideoCallPane pane;
    private KioskWindow kiosk;
    private CareWorld.Person supervisor;

    @BeforeAll
    void aStationWithADoctorSignedInAssignedToAPatientWhoseGatewayHasAScreen(WildFlyServer server, MailCatcher mail, @TempDir Path work)
            throws Exception {
        StationDriver.startToolkit();
        this.server = server;
        world = new CareWorld(server, mail);
        patientId = world.admit(new CareWorld.Person(UUID.randomUUID().toString(), null, null));
        gateway = world.gateway(patientId);
        station = CallingStation.register(world, "Ward 9 screen");
        supervisor = world.person("supervisor");
        world.assign(supervisor, patientId, station.stationId());
        doctorAtStation = station.signIn(CallingStation.staff(server, mail, world, "doctor", "Anna", "Meyer"));
        coturn = TurnServer.start(work.resolve("coturn"), VigilSystem.turnPort(server.settings()), VigilSystem.TURN_SECRET);
        media = new MediaEngine();
        pane = fx(() -> new VideoCallPane(() -> CallSignaling.connect(server.baseUrl(), station.token(), doctorAtStation), patientId, () -> media,
                () -> new TestPatternSource(STATION_PICTURE, 15)));
        stationStage = fx(() -> {
            Stage stage = new Stage();
            stage.setTitle("Vigil station — video call");
            stage.setScene(new Scene(pane, 440, 340));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            return stage;
        });
    }

    @AfterAll
    void closeEverything() {
        if (kiosk != null) {
            fx(() -> {
                kiosk.close();
                kiosk.stage().close();
                return null;
            });
        }
        if (pane != null) {
            fx(() -> {
                pane.close();
                stationStage.close();
                return null;
            });
        }
        if (coturn != null) {
            coturn.close();
        }
        // the media engine is left to the JVM's end: a call's peer may still be closing on its own thread
    }

    @Test
    @Order(1)
    void aCallToAnOfflineGatewayIsRefusedInWordsBeforeAnythingRings() {
        click(stationStage, "call");
        assertThat(awaitText(stationStage, "callStatus", t -> t.contains("offline"), UI)).contains("did not ring");
        assertThat(StationDriver.text(stationStage, "call")).isEqualTo("Call (gateway offline)");
        assertThat(fx(() -> pane.lookup("#hangUp").isDisabled())).isTrue();
    }

    @Test
    @Order(2)
    void theKioskShowsWhoCallsAndAfterAcceptBothWindowsDrawTheOthersVideo() throws Exception {
        kiosk = fx(() -> {
            Stage stage = new Stage();
            stage.setX(450);
            stage.setY(0);
            return KioskWindow.open(stage, () -> CallSignaling.connect(server.baseUrl(), gateway.token(world.oidc()), null), media,
                    () -> new TestPatternSource(GATEWAY_PICTURE, 15));
        });
        Stage home = kiosk.stage();
        awaitText(home, "kioskConnection", t -> t.equals("Ready for calls"), UI);
        assertThat(StationDriver.text(home, "caller")).isEqualTo("No call");

        click(stationStage, "call");
        awaitText(stationStage, "callStatus", t -> t.startsWith("Ringing"), UI);
        assertThat(awaitText(home, "caller", t -> t.contains("calling"), UI)).isEqualTo("Dr Anna Meyer, Ward 9 screen is calling");
        await(home, "accept", UI);
        await(home, "decline", UI);
        assertThat(StationDriver.find(home, "kioskHangUp")).as("nothing to hang up while it rings").isEmpty();
        screenshot(home, DOCS.resolve("gateway-kiosk-incoming.png"));

        click(home, "accept");
        awaitText(stationStage, "callStatus", t -> t.startsWith("In call"), UI);
        awaitText(home, "caller", t -> t.startsWith("In call with Dr Anna Meyer, Ward 9 screen"), UI);
        await(home, "kioskHangUp", UI);
        assertThat(StationDriver.find(home, "accept")).isEmpty();

        VideoView doctorsVideo = (VideoView) await(home, "doctorVideo", UI);
        org.vigil.client.station.call.VideoView patientsVideo = (org.vigil.client.station.call.VideoView) await(stationStage, "remoteVideo", UI);
        assertThat(awaitPicture(() -> fx(patientsVideo::getImage), StationVideoCallIT::colourBars)).as("the station draws the gateway's test pattern")
                .isTrue();
        assertThat(awaitPicture(() -> fx(doctorsVideo::getImage), StationVideoCallIT::colourBars)).as("the kiosk draws the station's test pattern")
                .isTrue();
        // and frames keep arriving: the count of drawn pictures goes on rising
        long stationDrew = fx(patientsVideo::pictures);
        long kioskDrew = fx(doctorsVideo::pictures);
        awaitTrue(() -> fx(patientsVideo::pictures) >= stationDrew + 15 && fx(doctorsVideo::pictures) >= kioskDrew + 15, "15 more pictures each side");
        awaitText(stationStage, "callStatus", t -> t.matches("In call 00:0[1-9].*"), UI);
        screenshot(stationStage, DOCS.resolve("station-video-call.png"));
        screenshot(home, Path.of("target", "station-video-screenshots", "gateway-kiosk-in-call.png"));
    }

    @Test
    @Order(3)
    void cameraOffStopsWhatTheKioskReceivesAndMuteSaysThereIsNoSoundYet() throws Exception {
        Stage home = kiosk.stage();
        VideoView doctorsVideo = (VideoView) await(home, "doctorVideo", UI);
        click(stationStage, "camera");
        assertThat(awaitText(stationStage, "callStatus", t -> t.contains("camera off"), UI)).startsWith("In call");
        assertThat(pane.sendingVideo()).hasValue(false);
        assertThat(StationDriver.text(stationStage, "camera")).isEqualTo("Camera on");
        // libwebrtc sends nothing for a disabled track: the kiosk draws (almost) no new picture for two seconds
        // (a frame or two may still be on its way when the camera goes off)
        StationDriver.pause(300);
        long atOff = fx(doctorsVideo::pictures);
        StationDriver.pause(2000);
        assertThat(fx(doctorsVideo::pictures) - atOff).as("pictures drawn at the kiosk with the station's camera off").isLessThan(3);
        click(stationStage, "camera");
        long atOn = fx(doctorsVideo::pictures);
        awaitTrue(() -> fx(doctorsVideo::pictures) >= atOn + 15, "pictures at the kiosk again with the camera on");
        assertThat(pane.sendingVideo()).hasValue(true);

        assertThat(StationDriver.text(stationStage, "muteCall")).isEqualTo("Mute (no sound yet)");
        assertThat(fx(() -> pane.lookup("#muteCall").isDisabled())).as("calls carry no sound yet").isTrue();
    }

    @Test
    @Order(4)
    void hangingUpAtTheStationEndsTheCallInBothWindows() {
        Stage home = kiosk.stage();
        click(stationStage, "hangUp");
        assertThat(awaitText(stationStage, "callStatus", t -> t.startsWith("Call ended"), UI)).isEqualTo("Call ended (you hung up)");
        assertThat(awaitText(home, "caller", t -> t.startsWith("The call has ended"), UI)).contains("Dr Anna Meyer");
        assertThat(StationDriver.find(home, "kioskHangUp")).isEmpty();
        assertThat(fx(() -> pane.lookup("#call").isDisabled())).as("a new call may start").isFalse();
        assertThat(fx(() -> ((VideoView) home.getScene().lookup("#doctorVideo")).getImage())).as("no picture after the call").isNull();
    }

    @Test
    @Order(5)
    void aDeclinedCallIsSaidOnBothSides() {
        Stage home = kiosk.stage();
        click(stationStage, "call");
        awaitText(home, "caller", t -> t.endsWith("is calling"), UI);
        click(home, "decline");
        assertThat(awaitText(stationStage, "callStatus", t -> t.startsWith("Declined"), UI)).isEqualTo("Declined by the patient");
        assertThat(awaitText(home, "caller", t -> t.startsWith("You declined"), UI)).contains("Dr Anna Meyer");
    }

    @Test
    @Order(6)
    void aPatientWhoseGatewayAnswersByItselfIsInTheCallWithoutATouch() {
        Stage home = kiosk.stage();
        String settings = "/api/v1/patients/" + patientId + "/call-settings";
        assertThat(world.call("PUT", settings, "{\"autoAnswer\":true}", supervisor.token()).statusCode()).isEqualTo(204);
        try {
            click(stationStage, "call");
            // nobody touches the kiosk: the ring's autoAnswer makes it answer
            awaitText(stationStage, "callStatus", t -> t.startsWith("In call"), UI);
            awaitText(home, "caller", t -> t.startsWith("In call with Dr Anna Meyer, Ward 9 screen"), UI);
            await(home, "kioskHangUp", UI);
            click(stationStage, "hangUp");
            awaitText(home, "caller", t -> t.startsWith("The call has ended"), UI);
        } finally {
            world.call("PUT", settings, "{\"autoAnswer\":false}", supervisor.token());
        }
    }

    // ---------------------------------------------------------------- pictures

    /** Polls the picture until it satisfies {@code wanted}. */
    private static boolean awaitPicture(java.util.function.Supplier<Image> image, Predicate<Image> wanted) {
        Instant deadline = Instant.now().plus(UI);
        while (Instant.now().isBefore(deadline)) {
            Image now = image.get();
            if (now != null && fx(() -> wanted.test(now))) {
                return true;
            }
            StationDriver.pause(100);
        }
        return false;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(UI);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            StationDriver.pause(100);
        }
        throw new AssertionError(what + " did not happen within " + UI);
    }

    /** The test pattern: along a middle row, bright, dark, and strongly coloured pixels all appear. */
    private static boolean colourBars(Image image) {
        PixelReader r = image.getPixelReader();
        int y = (int) image.getHeight() / 2;
        boolean bright = false;
        boolean dark = false;
        boolean coloured = false;
        for (int x = 0; x < image.getWidth(); x += 4) {
            javafx.scene.paint.Color c = r.getColor(x, y);
            bright |= c.getBrightness() > 0.85 && c.getSaturation() < 0.2;
            dark |= c.getBrightness() < 0.15;
            coloured |= c.getSaturation() > 0.6 && c.getBrightness() > 0.5;
        }
        return bright && dark && coloured;
    }

    /** Every sampled pixel dark. */
    private static boolean black(Image image) {
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                if (r.getColor(x, y).getBrightness() > 0.15) {
                    return false;
                }
            }
        }
        return true;
    }

    static {
        try {
            Files.createDirectories(DOCS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

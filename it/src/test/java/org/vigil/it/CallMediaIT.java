package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.IceServer;
import org.vigil.client.sdk.call.media.MediaCall;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.MediaFailedException;
import org.vigil.client.sdk.call.media.MediaOptions;
import org.vigil.client.sdk.call.media.MediaState;
import org.vigil.client.sdk.call.media.TestPattern;
import org.vigil.client.sdk.call.media.TestPatternSource;
import org.vigil.it.support.CallRecords;
import org.vigil.it.support.CallingStation;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.LoopbackPage;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.TurnServer;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * The media of a video call, end to end: an assigned station with a doctor signed in calls the
 * patient's gateway over the deployed server's signaling, and the SDK's WebRTC peers (libwebrtc
 * through webrtc-java, each sending a test pattern of its own size) connect through Debian's coturn
 * with relay-only ICE and the TURN credentials the server handed out; each side decodes the other's
 * frames. The station hangs up, the gateway's media ends, and the call record has its duration.
 * Expired TURN credentials are refused by coturn itself: the peers never connect and say why. And a
 * second, independent peer: headless Chromium's WebRTC as the station, calling the Java gateway.
 */
// once: media between peers; the call records it makes run on PostgreSQL in CallSignalingIT
@Tag("once")
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallMediaIT {

    private static final Duration STEP = Duration.ofSeconds(10);
    private static final TestPattern STATION_PICTURE = new TestPattern(320, 180);
    private static final TestPattern GATEWAY_PICTURE = new TestPattern(240, 160);

    private CareWorld world;
    private WildFlyServer server;
    private String patientId;
    private DeviceClient gateway;
    private CallingStation station;
    private String doctorAtStation;
    private TurnServer coturn;
    private MediaEngine media;

    private final List<String> strays = new CopyOnWriteArrayList<>();

    @BeforeEach
    void noStrayMessagesYet() {
        strays.clear();
    }

    @AfterEach
    void nothingButTheCallsMediaArrived() {
        assertThat(strays).isEmpty();
    }

    @BeforeAll
    void aStationAssignedToAPatientWithAGatewayAndTheSitesTurnServer(WildFlyServer server, MailCatcher mail, @TempDir Path work) {
        this.server = server;
        world = new CareWorld(server, mail);
        patientId = world.admit(new CareWorld.Person(UUID.randomUUID().toString(), null, null));
        gateway = world.gateway(patientId);
        station = CallingStation.register(world, "Ward 5 screen");
        world.assign(world.person("supervisor"), patientId, station.stationId());
        doctorAtStation = station.signIn(CallingStation.staff(server, mail, world, "doctor"));
        coturn = TurnServer.start(work.resolve("coturn"), VigilSystem.turnPort(server.settings()), VigilSystem.TURN_SECRET);
        media = new MediaEngine();
    }

    @AfterAll
    void stop() {
        if (media != null) {
            media.close();
        }
        if (coturn != null) {
            coturn.close();
        }
    }

    @Test
    void stationAndGatewayDecodeEachOthersVideoThroughTheRelayAndAHangUpEndsItOnBothSides() throws Exception {
        try (CallSignaling home = gatewaySignaling();
                CallSignaling ward = CallSignaling.connect(server.baseUrl(), station.token(), doctorAtStation);
                TestPatternSource stationCamera = new TestPatternSource(STATION_PICTURE, 15);
                TestPatternSource gatewayCamera = new TestPatternSource(GATEWAY_PICTURE, 15)) {
            Accepted call = callAccepted(ward, home);
            String callId = call.ringing().callId();
            CallMessage ringing = call.ringing();
            CallMessage incoming = call.incoming();
            Instant acceptedAt = call.at();

            try (MediaCall gatewaySide = MediaCall.start(media, home, callId, MediaCall.Side.CALLEE, new MediaOptions(incoming.iceServers(), true),
                    gatewayCamera, unexpected("gateway"));
                    MediaCall stationSide = MediaCall.start(media, ward, callId, MediaCall.Side.CALLER, new MediaOptions(ringing.iceServers(), true),
                            stationCamera, unexpected("station"))) {
                stationSide.peer().connected().get(STEP.toSeconds(), TimeUnit.SECONDS);
                gatewaySide.peer().connected().get(STEP.toSeconds(), TimeUnit.SECONDS);
                assertThat(stationSide.peer().received().awaitFrames(20, STEP)).as("the station decodes the gateway's video").isTrue();
                assertThat(gatewaySide.peer().received().awaitFrames(20, STEP)).as("the gateway decodes the station's video").isTrue();
                assertThat(List.of(stationSide.peer().received().width(), stationSide.peer().received().height()))
                        .containsExactly(GATEWAY_PICTURE.width(), GATEWAY_PICTURE.height());
                assertThat(List.of(gatewaySide.peer().received().width(), gatewaySide.peer().received().height()))
                        .containsExactly(STATION_PICTURE.width(), STATION_PICTURE.height());
                for (MediaCall side : List.of(stationSide, gatewaySide)) {
                    assertThat(side.peer().route().get(5, TimeUnit.SECONDS)).as("media goes through coturn's relay").hasValueSatisfying(route -> {
                        assertThat(route.localType()).isEqualTo("relay");
                        assertThat(route.remoteType()).isEqualTo("relay");
                        assertThat(route.localAddress()).startsWith("127.0.0.1:");
                    });
                }
                Duration setUp = Duration.between(acceptedAt, stationSide.peer().received().firstFrameAt().orElseThrow());
                System.out.printf("call set-up, accept to the station's first decoded frame: %d ms (gateway's: %d ms)%n", setUp.toMillis(),
                        Duration.between(acceptedAt, gatewaySide.peer().received().firstFrameAt().orElseThrow()).toMillis());

                stationSide.hangUp();
                CallMessage endedAtHome = gatewaySide.ended().get(STEP.toSeconds(), TimeUnit.SECONDS);
                assertThat(endedAtHome.type()).isEqualTo("ended");
                assertThat(endedAtHome.raw().get("by").asText()).isEqualTo("station");
                assertThat(stationSide.ended().get(STEP.toSeconds(), TimeUnit.SECONDS).type()).isEqualTo("ended");
                assertThat(gatewaySide.peer().state()).as("the gateway's media is closed").isEqualTo(MediaState.CLOSED);
                assertThat(stationSide.peer().state()).isEqualTo(MediaState.CLOSED);
            }
            JsonNode record = CallRecords.find(world, patientId, callId, station.token());
            assertThat(record.get("state").asText()).isEqualTo("ended");
            assertThat(record.get("endedBy").asText()).isEqualTo("station");
            assertThat(record.get("durationSeconds").asLong()).as("answered, then at least 20 frames at 15 a second").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void expiredTurnCredentialsAreRefusedByCoturnAndThePeersSaySo() throws Exception {
        try (CallSignaling home = gatewaySignaling();
                CallSignaling ward = CallSignaling.connect(server.baseUrl(), station.token(), doctorAtStation);
                TestPatternSource stationCamera = new TestPatternSource(STATION_PICTURE, 15);
                TestPatternSource gatewayCamera = new TestPatternSource(GATEWAY_PICTURE, 15)) {
            CallMessage ringing = callAccepted(ward, home).ringing();
            String callId = ringing.callId();
            // what the server handed out, a minute past its expiry, signed with the right secret
            String username = (Instant.now().getEpochSecond() - 60) + ":" + callId;
            MediaOptions expired = new MediaOptions(List.of(new IceServer(ringing.iceServers().get(0).urls(), username,
                    TurnServer.password(VigilSystem.TURN_SECRET, username))), true);

            try (MediaCall gatewaySide = MediaCall.start(media, home, callId, MediaCall.Side.CALLEE, expired, gatewayCamera, unexpected("gateway"));
                    MediaCall stationSide = MediaCall.start(media, ward, callId, MediaCall.Side.CALLER, expired, stationCamera, unexpected("station"))) {
                assertThatThrownBy(() -> stationSide.peer().connected().get(STEP.toSeconds(), TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(MediaFailedException.class)
                        .hasMessageContaining("the TURN server refused: 401");
                assertThatThrownBy(() -> gatewaySide.peer().connected().get(STEP.toSeconds(), TimeUnit.SECONDS))
                        .cause().hasMessageContaining("401");
                assertThat(stationSide.peer().state()).isEqualTo(MediaState.FAILED);
                assertThat(stationSide.peer().received().frames()).isZero();
                assertThat(gatewaySide.peer().received().frames()).isZero();
                stationSide.hangUp();
                assertThat(gatewaySide.ended().get(STEP.toSeconds(), TimeUnit.SECONDS).type()).isEqualTo("ended");
            }
        }
    }

    /** A second, independent peer: Chromium's own WebRTC as the station, from a page that speaks /ws/call itself. */
    @Test
    void aBrowserStationAndTheJavaGatewayDecodeEachOthersVideoThroughTheRelay() throws Exception {
        try (CallSignaling home = gatewaySignaling();
                TestPatternSource gatewayCamera = new TestPatternSource(GATEWAY_PICTURE, 15);
                LoopbackPage pageServer = LoopbackPage.serve("/call/browser-station.html");
                Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream")))) {
            Page page = chromium.newPage();
            List<String> console = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.navigate(pageServer.url());
            String wsUrl = server.baseUrl().toString().replaceFirst("^http", "ws") + "ws/call";
            page.evaluate("([url, station, person, patient]) => startCall(url, station, person, patient)",
                    List.of(wsUrl, station.token(), doctorAtStation, patientId));

            CallMessage incoming = home.next(STEP).orElseThrow(() -> new AssertionError("no incoming; the page: " + page.evaluate("JSON.stringify(call)")
                    + "; its console: " + console));
            assertThat(incoming.type()).isEqualTo("incoming");
            String callId = incoming.callId();
            home.accept(callId);
            next(home, "accepted");
            try (MediaCall gatewaySide = MediaCall.start(media, home, callId, MediaCall.Side.CALLEE, new MediaOptions(incoming.iceServers(), true),
                    gatewayCamera, unexpected("gateway"))) {
                gatewaySide.peer().connected().get(STEP.toSeconds(), TimeUnit.SECONDS);
                assertThat(gatewaySide.peer().received().awaitFrames(20, STEP)).as("the gateway decodes Chromium's camera").isTrue();
                Map<?, ?> browser = browserReceived(page, 20);
                assertThat(number(browser.get("frames"))).as("Chromium decodes the gateway's video: " + browser).isGreaterThanOrEqualTo(20);
                assertThat(List.of(number(browser.get("width")), number(browser.get("height"))))
                        .containsExactly(GATEWAY_PICTURE.width(), GATEWAY_PICTURE.height());
                assertThat(List.of(browser.get("local"), browser.get("remote"))).as("Chromium's route").containsExactly("relay", "relay");
                assertThat(List.of(gatewaySide.peer().received().width(), gatewaySide.peer().received().height())).as("the size Chromium sent")
                        .containsExactly(number(page.evaluate("call.sentWidth")), number(page.evaluate("call.sentHeight")));

                page.evaluate("hangUp()");
                assertThat(gatewaySide.ended().get(STEP.toSeconds(), TimeUnit.SECONDS).raw().get("by").asText()).isEqualTo("station");
                assertThat(gatewaySide.peer().state()).isEqualTo(MediaState.CLOSED);
            }
            assertThat(page.evaluate("call.failure")).as("the page's own steps all worked").isNull();
            assertThat(CallRecords.find(world, patientId, callId, station.token()).get("state").asText()).isEqualTo("ended");
        }
    }

    /** The browser's decoded frames once at least {@code frames} came (or what it has after {@link #STEP}). */
    private static Map<?, ?> browserReceived(Page page, long frames) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        Map<?, ?> received = (Map<?, ?>) page.evaluate("received()");
        while (number(received.get("frames")) < frames && System.nanoTime() < deadline) {
            Thread.sleep(200);
            received = (Map<?, ?>) page.evaluate("received()");
        }
        return received;
    }

    private CallSignaling gatewaySignaling() throws Exception {
        return CallSignaling.connect(server.baseUrl(), gateway.token(world.oidc()), null);
    }

    /** A call the gateway accepted: the messages that handed each side its TURN servers, and when it was accepted. */
    private record Accepted(CallMessage ringing, CallMessage incoming, Instant at) {
    }

    private Accepted callAccepted(CallSignaling ward, CallSignaling home) throws Exception {
        ward.call(patientId);
        CallMessage ringing = next(ward, "ringing");
        CallMessage incoming = next(home, "incoming");
        home.accept(ringing.callId());
        Instant at = Instant.now();
        next(home, "accepted");
        next(ward, "accepted");
        return new Accepted(ringing, incoming, at);
    }

    /** A number from the page (Playwright hands JavaScript numbers over as Integer or Double). */
    private static int number(Object fromPage) {
        return ((Number) fromPage).intValue();
    }

    private static CallMessage next(CallSignaling signaling, String type) throws Exception {
        CallMessage m = signaling.next(STEP).orElseThrow(() -> new AssertionError("no " + type + " within " + STEP));
        assertThat(m.type()).as(String.valueOf(m.raw())).isEqualTo(type);
        return m;
    }

    /** During the media part nothing but the call's own media and end should arrive: anything else is kept for the assertion. */
    private Consumer<CallMessage> unexpected(String side) {
        return m -> strays.add(side + ": " + m.raw());
    }
}

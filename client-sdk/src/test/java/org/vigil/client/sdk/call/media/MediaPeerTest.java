package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Two peers in one process on libwebrtc itself, their SDP and candidates handed across directly
 * (host candidates, no TURN: the relay path is the {@code it} module's CallMediaIT): each decodes
 * the other's test pattern at its size, and a closed peer takes no more steps.
 */
class MediaPeerTest {

    @Test
    void twoPeersDecodeEachOthersVideoAndSeeTheOtherClose() throws Exception {
        MediaOptions direct = new MediaOptions(List.of(), false);
        try (MediaEngine engine = new MediaEngine();
                TestPatternSource callerVideo = new TestPatternSource(new TestPattern(320, 180), 15);
                TestPatternSource calleeVideo = new TestPatternSource(new TestPattern(160, 120), 15)) {
            AtomicReference<MediaPeer> callerRef = new AtomicReference<>();
            AtomicReference<MediaPeer> calleeRef = new AtomicReference<>();
            MediaPeer caller = engine.peer(direct, callerVideo, (c, mid, i) -> calleeRef.get().addRemoteCandidate(c, mid, i));
            MediaPeer callee = engine.peer(direct, calleeVideo, (c, mid, i) -> callerRef.get().addRemoteCandidate(c, mid, i));
            callerRef.set(caller);
            calleeRef.set(callee);

            String offer = caller.offer().get(10, TimeUnit.SECONDS);
            assertThat(offer).contains("m=video");
            caller.accept(callee.answer(offer).get(10, TimeUnit.SECONDS)).get(10, TimeUnit.SECONDS);
            caller.connected().get(15, TimeUnit.SECONDS);
            callee.connected().get(15, TimeUnit.SECONDS);

            assertThat(caller.received().awaitFrames(10, Duration.ofSeconds(10))).as("the caller decodes frames").isTrue();
            assertThat(callee.received().awaitFrames(10, Duration.ofSeconds(10))).as("the callee decodes frames").isTrue();
            assertThat(callee.received().width()).isEqualTo(320);
            assertThat(callee.received().height()).isEqualTo(180);
            assertThat(caller.received().width()).isEqualTo(160);
            // camera off: the callee's frames stop coming (no black frames from libwebrtc), and start again once it is on
            caller.sendVideo(false);
            assertThat(caller.sendingVideo()).as("camera off").isFalse();
            long atOff = callee.received().frames();
            assertThat(callee.received().awaitFrames(atOff + 15, Duration.ofSeconds(3))).as("no frames while the camera is off").isFalse();
            caller.sendVideo(true);
            long atOn = callee.received().frames();
            assertThat(callee.received().awaitFrames(atOn + 10, Duration.ofSeconds(10))).as("frames again with the camera on").isTrue();
            assertThat(caller.route().get(5, TimeUnit.SECONDS)).hasValueSatisfying(route -> {
                assertThat(route.localType()).as("no TURN server: straight between the two").isEqualTo("host");
                assertThat(route.remoteType()).isIn("host", "prflx");
            });

            caller.close();
            assertThat(caller.state()).isEqualTo(MediaState.CLOSED);
            assertThatThrownBy(() -> caller.offer()).as("a closed peer takes no more steps").isInstanceOf(RejectedExecutionException.class);
            callee.close();
        }
    }
}

package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;

import org.junit.jupiter.api.Test;

/** libyuv's conversion of a test pattern, checked by the colours of its bars: B, G, R, A bytes. */
class LatestPictureTest {

    @Test
    void aFrameBecomesBgraPixelsAndOnlyTheNewestIsHandedOut() {
        // the engine loads libwebrtc, whose libyuv does the conversion
        new MediaEngine().close();
        LatestPicture latest = new LatestPicture();
        assertThat(latest.newerThan(0)).isEmpty();
        TestPattern pattern = new TestPattern(64, 16);
        for (int i = 0; i < 2; i++) {
            NativeI420Buffer buffer = NativeI420Buffer.allocate(64, 16);
            pattern.paint(0, buffer.getDataY(), buffer.getStrideY(), buffer.getDataU(), buffer.getStrideU(), buffer.getDataV(), buffer.getStrideV());
            VideoFrame frame = new VideoFrame(buffer, 0);
            try {
                latest.accept(frame);
            } finally {
                frame.release();
            }
        }
        LatestPicture.Picture picture = latest.newerThan(0).orElseThrow();
        assertThat(picture.number()).isEqualTo(2);
        assertThat(latest.newerThan(2)).isEmpty();
        assertThat(picture.width()).isEqualTo(64);
        assertThat(picture.bgra()).hasSize(64 * 16 * 4);
        // bar 0 is white, bar 1 (x 8..15) yellow: red and green high, blue low; bar 7 black
        int white = 0;
        int yellow = 12 * 4;
        int black = 60 * 4;
        assertThat(unsigned(picture.bgra(), white, 0, 1, 2)).allMatch(v -> v > 200);
        assertThat(unsigned(picture.bgra()[yellow])).as("blue of yellow").isLessThan(60);
        assertThat(unsigned(picture.bgra(), yellow, 1, 2)).allMatch(v -> v > 180);
        assertThat(unsigned(picture.bgra(), black, 0, 1, 2)).allMatch(v -> v < 40);
        assertThat(unsigned(picture.bgra()[3])).as("opaque").isEqualTo(255);
    }

    private static int unsigned(byte b) {
        return b & 0xff;
    }

    private static java.util.List<Integer> unsigned(byte[] bytes, int at, int... offsets) {
        java.util.List<Integer> values = new java.util.ArrayList<>();
        for (int o : offsets) {
            values.add(bytes[at + o] & 0xff);
        }
        return values;
    }
}

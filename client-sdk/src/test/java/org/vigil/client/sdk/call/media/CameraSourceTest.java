package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.onvoid.webrtc.media.video.VideoCaptureCapability;

import org.junit.jupiter.api.Test;

class CameraSourceTest {

    @Test
    void picksTheModeNearestToVgaAtFifteenFrames() {
        VideoCaptureCapability vga15 = new VideoCaptureCapability(640, 480, 15);
        List<VideoCaptureCapability> modes = List.of(new VideoCaptureCapability(1920, 1080, 30), new VideoCaptureCapability(640, 480, 30), vga15,
                new VideoCaptureCapability(320, 240, 15));
        assertThat(CameraSource.nearest(modes)).hasValue(vga15);
        assertThat(CameraSource.nearest(List.of())).isEmpty();
    }
}

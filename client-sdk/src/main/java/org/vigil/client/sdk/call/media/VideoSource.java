package org.vigil.client.sdk.call.media;

import dev.onvoid.webrtc.media.video.VideoTrackSource;

/** Where a peer's outgoing video comes from: the gateway's or station's camera, or a test pattern. */
public interface VideoSource extends AutoCloseable {

    /** What WebRTC reads frames from. */
    VideoTrackSource trackSource();

    /** For the log and the screen: which camera, or that it is a test pattern. */
    String description();

    /** Stops producing frames; call after the peer connections that use it are closed. */
    @Override
    void close();

    /** The first V4L2 camera when the machine has one, otherwise a moving test pattern. */
    static VideoSource cameraOrTestPattern() {
        return CameraSource.first().<VideoSource>map(c -> c).orElseGet(() -> new TestPatternSource(new TestPattern(640, 360), 15));
    }
}

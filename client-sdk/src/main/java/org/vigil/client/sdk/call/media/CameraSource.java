package org.vigil.client.sdk.call.media;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.video.VideoCaptureCapability;
import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/**
 * A V4L2 camera (a gateway's, a station's webcam) through WebRTC's own capturer, at the capture
 * mode nearest to 640x480 at 15 frames a second: enough to see a patient's face, light on a
 * Pi-class gateway's one core and on a home uplink.
 */
public final class CameraSource implements VideoSource {

    private final VideoDeviceSource source = new VideoDeviceSource();
    private final VideoDevice device;

    private CameraSource(VideoDevice device) {
        this.device = device;
        source.setVideoCaptureDevice(device);
        nearest(MediaDevices.getVideoCaptureCapabilities(device)).ifPresent(source::setVideoCaptureCapability);
        source.start();
    }

    /** The machine's first camera, started, or empty when it has none. */
    public static Optional<CameraSource> first() {
        List<VideoDevice> cameras = MediaDevices.getVideoCaptureDevices();
        return cameras.isEmpty() ? Optional.empty() : Optional.of(new CameraSource(cameras.get(0)));
    }

    static Optional<VideoCaptureCapability> nearest(List<VideoCaptureCapability> modes) {
        return modes.stream().min(Comparator.comparingInt(
                (VideoCaptureCapability m) -> Math.abs(m.width - 640) + Math.abs(m.height - 480)).thenComparingInt(m -> Math.abs(m.frameRate - 15)));
    }

    @Override
    public VideoTrackSource trackSource() {
        return source;
    }

    @Override
    public String description() {
        return "camera " + device.getName();
    }

    @Override
    public void close() {
        source.stop();
        source.dispose();
    }
}

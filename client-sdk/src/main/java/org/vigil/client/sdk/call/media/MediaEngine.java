package org.vigil.client.sdk.call.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * libwebrtc for one program: the factory every peer of it is made by. Audio goes through WebRTC's
 * headless device module: the default module opens the sound system at start and aborts the JVM
 * where there is none (a CI runner, a station without speakers), and pushing audio of our own
 * crashed natively. Close it once, after every peer it made is closed.
 */
public final class MediaEngine implements AutoCloseable {

    private final PeerConnectionFactory factory = new PeerConnectionFactory(new HeadlessAudioDeviceModule());

    /** A peer that sends {@code video} (shared by the caller, who closes it after the peer) and receives the far side's. */
    public MediaPeer peer(MediaOptions options, VideoSource video, MediaPeer.Listener listener) {
        return new MediaPeer(factory, options, video, listener);
    }

    /**
     * Disposes the factory. Tracks are not disposed one by one: {@code VideoTrack.dispose()} was seen
     * to hang in libwebrtc; closed connections and the factory's end free them.
     */
    @Override
    public void close() {
        factory.dispose();
    }
}

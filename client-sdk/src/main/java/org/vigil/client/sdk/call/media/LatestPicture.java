package org.vigil.client.sdk.call.media;

import java.util.Optional;
import java.util.function.Consumer;

import dev.onvoid.webrtc.media.FourCC;
import dev.onvoid.webrtc.media.video.VideoBufferConverter;
import dev.onvoid.webrtc.media.video.VideoFrame;

/**
 * The newest decoded frame as plain pixels, for a screen: a {@link ReceivedVideo} viewer that copies
 * each frame (libyuv's I420 to ARGB, which lies in memory as B, G, R, A bytes) before WebRTC's frame
 * is released, and keeps only the last one. A screen takes it at its own pace (JavaFX's pulse):
 * frames it was too slow for are dropped here rather than queued on its thread.
 */
public final class LatestPicture implements Consumer<VideoFrame> {

    /** One picture: {@code bgra} holds width × height × 4 bytes, B, G, R, A per pixel, row after row. */
    public record Picture(int width, int height, byte[] bgra, long number) {
    }

    private Picture latest;
    private long count;

    @Override
    public void accept(VideoFrame frame) {
        int width = frame.buffer.getWidth();
        int height = frame.buffer.getHeight();
        byte[] pixels = new byte[width * height * 4];
        try {
            VideoBufferConverter.convertFromI420(frame.buffer, pixels, FourCC.ARGB);
        } catch (Exception e) {
            // a frame that cannot be converted is skipped; the next one is tried
            return;
        }
        synchronized (this) {
            latest = new Picture(width, height, pixels, ++count);
        }
    }

    /** The newest picture if it is newer than {@code seen} (a picture's number; 0 before any). */
    public synchronized Optional<Picture> newerThan(long seen) {
        return latest != null && latest.number() > seen ? Optional.of(latest) : Optional.empty();
    }
}

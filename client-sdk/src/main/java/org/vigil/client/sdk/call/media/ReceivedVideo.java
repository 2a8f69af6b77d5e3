package org.vigil.client.sdk.call.media;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSink;

/**
 * The far side's video as this peer decoded it: how many frames, their size, when the first came;
 * and, for a screen, each frame handed on before it is released. Every frame WebRTC hands a sink
 * holds native memory until it is released, so this releases each one once the viewer returned: a
 * viewer that keeps a picture copies it.
 */
public final class ReceivedVideo implements VideoTrackSink {

    private volatile Consumer<VideoFrame> viewer = frame -> { };
    private long frames;
    private int width;
    private int height;
    private Instant first;

    @Override
    public void onVideoFrame(VideoFrame frame) {
        try {
            record(frame.buffer.getWidth(), frame.buffer.getHeight(), Instant.now());
            viewer.accept(frame);
        } finally {
            frame.release();
        }
    }

    /** Counts a decoded frame of this size. */
    synchronized void record(int frameWidth, int frameHeight, Instant at) {
        if (first == null) {
            first = at;
        }
        frames++;
        width = frameWidth;
        height = frameHeight;
        notifyAll();
    }

    /** Where decoded frames go for showing; the frame is released when the viewer returns. */
    public void view(Consumer<VideoFrame> frameViewer) {
        this.viewer = frameViewer;
    }

    public synchronized long frames() {
        return frames;
    }

    /** Width of the last frame, 0 before any. */
    public synchronized int width() {
        return width;
    }

    public synchronized int height() {
        return height;
    }

    /** When the first frame was decoded. */
    public synchronized Optional<Instant> firstFrameAt() {
        return Optional.ofNullable(first);
    }

    /** Waits until at least {@code count} frames came; @return whether they did in time */
    public synchronized boolean awaitFrames(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (frames < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}

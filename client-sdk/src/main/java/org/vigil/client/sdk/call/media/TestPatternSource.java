package org.vigil.client.sdk.call.media;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/**
 * A {@link TestPattern} pushed into WebRTC at a steady frame rate through a {@code CustomVideoSource}:
 * the video of a machine without a camera (CI, a gateway whose camera is missing).
 */
public final class TestPatternSource implements VideoSource {

    private final CustomVideoSource source = new CustomVideoSource();
    private final TestPattern pattern;
    private final ScheduledExecutorService clock;
    private long frame;

    public TestPatternSource(TestPattern pattern, int framesPerSecond) {
        this.pattern = pattern;
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-pattern-video");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(this::push, 0, 1000 / framesPerSecond, TimeUnit.MILLISECONDS);
    }

    private void push() {
        NativeI420Buffer buffer = NativeI420Buffer.allocate(pattern.width(), pattern.height());
        pattern.paint(frame++, buffer.getDataY(), buffer.getStrideY(), buffer.getDataU(), buffer.getStrideU(), buffer.getDataV(),
                buffer.getStrideV());
        VideoFrame videoFrame = new VideoFrame(buffer, System.nanoTime());
        try {
            source.pushFrame(videoFrame);
        } finally {
            // WebRTC keeps its own reference for as long as it needs the frame
            videoFrame.release();
        }
    }

    @Override
    public VideoTrackSource trackSource() {
        return source;
    }

    @Override
    public String description() {
        return "test pattern " + pattern.width() + "x" + pattern.height();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        try {
            clock.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.dispose();
    }
}

package org.vigil.client.station.monitor;

/**
 * When the tiles are drawn next: at once if the last frame is at least one frame period old, else
 * when it will be; whatever becomes due meanwhile joins that frame. With 50 patients at 1 Hz the
 * values then reach the screen in about ten frames a second instead of one frame each, and a lone
 * value after a quiet spell is not held back at all. Times are {@link System#nanoTime()} values.
 */
final class FramePacer {

    /** {@link #due} when a frame is already waiting: nothing to schedule. */
    static final long WAITING = -1;

    private final long periodNanos;
    private long lastFrame;
    private boolean waiting;

    FramePacer(long periodNanos, long now) {
        this.periodNanos = periodNanos;
        this.lastFrame = now - periodNanos;
    }

    /**
     * Something is due to be drawn.
     *
     * @return 0 to draw now, {@link #WAITING} when a frame is already scheduled, else how many
     *         nanoseconds to wait before drawing (the caller schedules it and calls {@link #drawn})
     */
    long due(long now) {
        if (waiting) {
            return WAITING;
        }
        long wait = periodNanos - (now - lastFrame);
        if (wait <= 0) {
            return 0;
        }
        waiting = true;
        return wait;
    }

    /** A frame's tiles were drawn at {@code now}. */
    void drawn(long now) {
        lastFrame = now;
        waiting = false;
    }
}

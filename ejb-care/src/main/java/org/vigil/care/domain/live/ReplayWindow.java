package org.vigil.care.domain.live;

import java.time.Duration;

/**
 * How far back a reconnecting station is served what it missed: at most {@link #MAX_AGE} and
 * {@link #MAX_EVENTS}. Further back, the station is told its history is incomplete and reloads
 * the patients' latest values and open alerts instead; a day covers a night's outage, and ten
 * thousand events are a few seconds of sending. Events older than the window are deleted.
 */
public final class ReplayWindow {

    public static final Duration MAX_AGE = Duration.ofHours(24);
    public static final int MAX_EVENTS = 10_000;

    private ReplayWindow() {
    }
}

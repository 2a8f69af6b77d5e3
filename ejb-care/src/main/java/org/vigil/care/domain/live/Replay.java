package org.vigil.care.domain.live;

import java.util.List;

/**
 * What a reconnecting station missed, oldest first. {@code complete} is false when the log no
 * longer reaches back to the station's last event or more than the window's count were missed:
 * the station then holds a gap it must fill from the REST reads.
 */
public record Replay(List<LiveEvent> events, boolean complete) {

    public Replay {
        events = List.copyOf(events);
    }
}

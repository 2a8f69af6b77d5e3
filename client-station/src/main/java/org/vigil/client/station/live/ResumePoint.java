package org.vigil.client.station.live;

import org.vigil.client.sdk.care.StationMessage;

/**
 * Where the station's feed resumes after a drop: the id of the last event it was given, or, before
 * any event came, the id the server's {@code ready} says live events start after. Without the
 * second, a station whose feed dropped before its first event reconnected without an id, the
 * server (rightly) replayed nothing, and what was stored while it was away never reached it.
 * Ids only move forward.
 */
final class ResumePoint {

    private Long lastEventId;

    /** Notes what a message of the feed says about the position; other messages change nothing. */
    void saw(StationMessage message) {
        if (message.isEvent()) {
            advance(message.id());
        } else if ("ready".equals(message.type())) {
            long from = message.raw().path("lastEventId").asLong(-1);
            if (from >= 0) {
                advance(from);
            }
        }
    }

    /** What to send as {@code lastEventId} when connecting again; null: nothing to resume from. */
    Long resumeFrom() {
        return lastEventId;
    }

    private void advance(long id) {
        if (lastEventId == null || id > lastEventId) {
            lastEventId = id;
        }
    }
}

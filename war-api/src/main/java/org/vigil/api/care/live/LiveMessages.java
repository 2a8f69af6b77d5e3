package org.vigil.api.care.live;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.vigil.care.domain.live.LiveEvent;

/**
 * The text frames of {@code /ws/station}. Events: {@code {"id":n,"type":"observations"|"alert"|
 * "assigned"|"released","patientId":"...","at":"...","data":{...}}}; control messages have no id:
 * {@code ready} (live from here, with the last event id and the assigned patients) and
 * {@code replay-incomplete} (the station missed more than the log keeps: reload from REST).
 */
final class LiveMessages {

    private LiveMessages() {
    }

    static String event(LiveEvent e) {
        return "{\"id\":" + e.id() + ",\"type\":\"" + e.type().wire() + "\",\"patientId\":\"" + e.patientId() + "\",\"at\":\""
                + e.occurredAt() + "\",\"data\":" + e.payload() + "}";
    }

    static String ready(long lastEventId, Set<UUID> patients) {
        return "{\"type\":\"ready\",\"lastEventId\":" + lastEventId + ",\"patients\":["
                + patients.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")) + "]}";
    }

    static String replayIncomplete() {
        return "{\"type\":\"replay-incomplete\"}";
    }
}

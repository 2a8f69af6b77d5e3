package org.vigil.client.sdk.call.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What gathering ICE candidates came to. WebRTC reports a TURN server refusing the credentials
 * (401, expired or forged) only as a candidate error, and then finishes gathering as if nothing
 * happened; a relay-only peer with no candidate would wait forever in {@code new}. This turns that
 * into a failure with the TURN server's own words. Not thread-safe: the peer calls it from one thread.
 */
final class GatheringReport {

    private final boolean relayOnly;
    private final List<String> errors = new ArrayList<>();
    private int candidates;

    GatheringReport(boolean relayOnly) {
        this.relayOnly = relayOnly;
    }

    void candidate() {
        candidates++;
    }

    void error(String url, int code, String text) {
        errors.add(code + " " + text + " (" + url + ")");
    }

    /** Called when gathering is complete: the reason the peer cannot connect, if there is one. */
    Optional<String> failure() {
        if (candidates > 0) {
            return Optional.empty();
        }
        if (!errors.isEmpty()) {
            return Optional.of("the TURN server refused: " + String.join("; ", errors));
        }
        return Optional.of(relayOnly ? "no relay candidate: no TURN server answered" : "no ICE candidate gathered");
    }
}

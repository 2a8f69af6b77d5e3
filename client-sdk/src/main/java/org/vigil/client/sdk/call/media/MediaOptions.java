package org.vigil.client.sdk.call.media;

import java.util.List;

import org.vigil.client.sdk.call.IceServer;

/**
 * How a peer reaches the other: the TURN servers and credentials the signaling handed out
 * ({@code ringing}, {@code incoming} or {@code turn}), and whether media may only flow through
 * them ({@code iceTransportPolicy: relay}: no host or server-reflexive address of the patient's
 * home or the ward is ever offered to the other side).
 */
public record MediaOptions(List<IceServer> iceServers, boolean relayOnly) {

    public MediaOptions {
        iceServers = List.copyOf(iceServers);
        if (relayOnly && iceServers.isEmpty()) {
            throw new IllegalArgumentException("relay-only media needs a TURN server");
        }
    }
}

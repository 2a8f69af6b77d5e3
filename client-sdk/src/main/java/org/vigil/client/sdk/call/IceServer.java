package org.vigil.client.sdk.call;

import java.util.List;

/** A TURN server and the short-lived credentials for it, as WebRTC's {@code RTCIceServer} takes them. */
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(urls);
    }
}

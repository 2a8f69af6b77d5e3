package org.vigil.client.sdk.call;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One message the server sent on {@code /ws/call}: {@code ready}, {@code ringing}, {@code incoming},
 * {@code accepted}, {@code declined}, {@code missed}, {@code ended}, {@code offer}, {@code answer},
 * {@code candidate}, {@code turn} or {@code refused} (see README, Video calls); {@code raw} holds
 * every field.
 */
public record CallMessage(String type, String callId, JsonNode raw) {

    /** The TURN servers of a {@code ringing}, {@code incoming} or {@code turn} message; empty when the site has none. */
    public List<IceServer> iceServers() {
        List<IceServer> servers = new ArrayList<>();
        for (JsonNode server : raw.path("iceServers")) {
            List<String> urls = new ArrayList<>();
            server.path("urls").forEach(u -> urls.add(u.asText()));
            servers.add(new IceServer(urls, server.path("username").asText(), server.path("credential").asText()));
        }
        return servers;
    }

    /** The SDP of an {@code offer} or {@code answer}. */
    public String sdp() {
        return raw.path("sdp").asText(null);
    }

    /** The {@code candidate:…} line of a {@code candidate} message. */
    public String candidate() {
        return raw.path("candidate").asText(null);
    }

    /** The media line a candidate belongs to, by its mid; may be null. */
    public String sdpMid() {
        return raw.hasNonNull("sdpMid") ? raw.get("sdpMid").asText() : null;
    }

    /** The media line a candidate belongs to, by its index. */
    public int sdpMLineIndex() {
        return raw.path("sdpMLineIndex").asInt(0);
    }

    /** Why a request was refused ({@code not-assigned}, {@code gateway-offline}, ...), for a {@code refused} message. */
    public String code() {
        return raw.path("code").asText(null);
    }
}

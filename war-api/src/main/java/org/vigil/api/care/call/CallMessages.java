package org.vigil.api.care.call;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vigil.care.application.CallView;
import org.vigil.care.application.RingingCall;
import org.vigil.care.domain.call.TurnCredentials;

/**
 * The JSON messages of {@code /ws/call}, built in one place. What is relayed between the parties is
 * rebuilt from the fields WebRTC needs ({@code sdp}; {@code candidate}, {@code sdpMid},
 * {@code sdpMLineIndex}), never forwarded as received, so nothing else travels from one party to
 * the other.
 */
final class CallMessages {

    static final ObjectMapper JSON = new ObjectMapper();

    private CallMessages() {
    }

    static String ready(CallConnection connection) {
        ObjectNode m = JSON.createObjectNode().put("type", "ready").put("role", connection.isStation() ? "station" : "gateway");
        connection.patientId().ifPresent(p -> m.put("patientId", p.toString()));
        connection.personRole().ifPresent(r -> m.put("signedIn", r));
        return m.toString();
    }

    /**
     * To the station that called ({@code ringing}), and (as {@code incoming}) to the gateway: the call, who calls (the
     * person's role, account and name, the station's name), whether the gateway answers by itself ({@code autoAnswer},
     * the patient's setting) and, if the site has TURN, the ICE servers.
     */
    static String ring(String type, RingingCall ringing, Optional<String> callerName, Optional<TurnCredentials> turn) {
        CallView call = ringing.call();
        ObjectNode m = JSON.createObjectNode().put("type", type).put("callId", call.id().toString()).put("patientId", call.patientId().toString())
                .put("stationId", call.stationId().toString()).put("stationName", ringing.stationName()).put("callerRole", call.callerRole())
                .put("callerAccountId", call.callerAccountId().toString()).put("autoAnswer", ringing.autoAnswer());
        callerName.ifPresent(n -> m.put("callerName", n));
        m.set("iceServers", iceServers(turn));
        turn.ifPresent(t -> m.put("turnExpiresAt", t.expiresAt().toString()));
        return m.toString();
    }

    /** A step of the call (accepted, declined, missed, ended) told to both parties. */
    static String step(CallView call) {
        ObjectNode m = JSON.createObjectNode().put("type", call.state()).put("callId", call.id().toString());
        if (call.endedBy() != null) {
            m.put("by", call.endedBy());
        }
        if (call.durationSeconds() != null) {
            m.put("durationSeconds", call.durationSeconds());
        }
        return m.toString();
    }

    static String turn(String callId, Optional<TurnCredentials> turn) {
        ObjectNode m = JSON.createObjectNode().put("type", "turn").put("callId", callId);
        m.set("iceServers", iceServers(turn));
        turn.ifPresent(t -> m.put("turnExpiresAt", t.expiresAt().toString()));
        return m.toString();
    }

    static String refused(String request, String code, String detail, String callId) {
        ObjectNode m = JSON.createObjectNode().put("type", "refused").put("request", request).put("code", code).put("detail", detail);
        if (callId != null) {
            m.put("callId", callId);
        }
        return m.toString();
    }

    /**
     * The relayed form of an offer, answer or candidate, with the sender's side named.
     *
     * @return empty when the message lacks what its type needs
     */
    static Optional<String> relayed(JsonNode in, String from) {
        String type = in.path("type").asText();
        ObjectNode m = JSON.createObjectNode().put("type", type).put("callId", in.path("callId").asText()).put("from", from);
        switch (type) {
            case "offer", "answer" -> {
                if (!in.path("sdp").isTextual()) {
                    return Optional.empty();
                }
                m.put("sdp", in.path("sdp").asText());
            }
            case "candidate" -> {
                // an empty or null candidate is the end of candidates
                if (!(in.path("candidate").isTextual() || in.path("candidate").isNull())) {
                    return Optional.empty();
                }
                m.set("candidate", in.get("candidate"));
                if (in.path("sdpMid").isTextual()) {
                    m.put("sdpMid", in.path("sdpMid").asText());
                }
                if (in.path("sdpMLineIndex").canConvertToInt()) {
                    m.put("sdpMLineIndex", in.path("sdpMLineIndex").asInt());
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(m.toString());
    }

    /** As {@code RTCConfiguration.iceServers} takes them. */
    private static ArrayNode iceServers(Optional<TurnCredentials> turn) {
        ArrayNode servers = JSON.createArrayNode();
        turn.ifPresent(t -> {
            ObjectNode server = servers.addObject();
            ArrayNode urls = server.putArray("urls");
            t.urls().forEach(urls::add);
            server.put("username", t.username()).put("credential", t.credential());
        });
        return servers;
    }
}

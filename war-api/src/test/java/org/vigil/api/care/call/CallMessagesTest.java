package org.vigil.api.care.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class CallMessagesTest {

    private static JsonNode json(String text) throws Exception {
        return CallMessages.JSON.readTree(text);
    }

    @Test
    void anOfferIsRebuiltFromItsSdpAloneAndNamesTheSender() throws Exception {
        String relayed = CallMessages.relayed(json("{\"type\":\"offer\",\"callId\":\"c1\",\"sdp\":\"v=0\",\"iceServers\":[1],\"from\":\"gateway\"}"),
                "station").orElseThrow();
        assertThat(json(relayed)).isEqualTo(json("{\"type\":\"offer\",\"callId\":\"c1\",\"from\":\"station\",\"sdp\":\"v=0\"}"));
    }

    @Test
    void aCandidateKeepsWhatIceNeedsAndAnEmptyOneEndsTheCandidates() throws Exception {
        String relayed = CallMessages.relayed(json("{\"type\":\"candidate\",\"callId\":\"c1\",\"candidate\":\"candidate:1 1 udp 1 1.2.3.4 5 typ relay\","
                + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"x\",\"extra\":{\"a\":1}}"), "gateway").orElseThrow();
        assertThat(json(relayed)).isEqualTo(json("{\"type\":\"candidate\",\"callId\":\"c1\",\"from\":\"gateway\","
                + "\"candidate\":\"candidate:1 1 udp 1 1.2.3.4 5 typ relay\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}"));
        assertThat(CallMessages.relayed(json("{\"type\":\"candidate\",\"callId\":\"c1\",\"candidate\":null}"), "gateway")).isPresent();
    }

    @Test
    void whatLacksItsFieldsOrIsNoSignalIsNotRelayed() throws Exception {
        assertThat(CallMessages.relayed(json("{\"type\":\"offer\",\"callId\":\"c1\"}"), "station")).isEmpty();
        assertThat(CallMessages.relayed(json("{\"type\":\"answer\",\"callId\":\"c1\",\"sdp\":{\"nested\":true}}"), "station")).isEmpty();
        assertThat(CallMessages.relayed(json("{\"type\":\"candidate\",\"callId\":\"c1\",\"candidate\":42}"), "station")).isEmpty();
        assertThat(CallMessages.relayed(json("{\"type\":\"accept\",\"callId\":\"c1\"}"), "station")).isEmpty();
    }
}

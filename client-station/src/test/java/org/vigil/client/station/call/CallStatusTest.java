package org.vigil.client.station.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CallStatusTest {

    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aCallRingsIsAnsweredCountsItsTimeAndEnds() {
        CallStatus s = new CallStatus();
        assertThat(s.text(T)).isEqualTo("No call");
        assertThat(s.canCall()).isTrue();
        assertThat(s.canHangUp()).isFalse();
        s.calling();
        assertThat(s.canCall()).isFalse();
        assertThat(s.canHangUp()).as("nothing rings yet").isFalse();
        s.ringing();
        assertThat(s.text(T)).contains("Ringing");
        assertThat(s.canHangUp()).isTrue();
        assertThat(s.canUseMedia()).isFalse();
        s.accepted(T);
        assertThat(s.canUseMedia()).isTrue();
        assertThat(s.text(T.plus(Duration.ofSeconds(65)))).isEqualTo("In call 01:05");
        s.toggleCamera();
        assertThat(s.text(T.plusSeconds(3))).isEqualTo("In call 00:03 · camera off");
        assertThat(s.cameraLabel()).isEqualTo("Camera on");
        s.finished("ended", "gateway");
        assertThat(s.text(T)).isEqualTo("Call ended by the patient");
        assertThat(s.canCall()).isTrue();
        assertThat(s.canUseMedia()).isFalse();
        s.calling();
        assertThat(s.cameraOff()).isFalse();
    }

    @Test
    void declinedMissedAndHungUpAreSaidApart() {
        CallStatus s = new CallStatus();
        s.finished("declined", null);
        assertThat(s.text(T)).isEqualTo("Declined by the patient");
        s.finished("missed", null);
        assertThat(s.text(T)).startsWith("Missed");
        s.finished("ended", "station");
        assertThat(s.text(T)).isEqualTo("Call ended (you hung up)");
    }

    @Test
    void anOfflineGatewayIsSaidOnTheButtonAndInWordsBeforeAnythingRings() {
        CallStatus s = new CallStatus();
        s.calling();
        s.refused("gateway-offline");
        assertThat(s.text(T)).contains("offline").contains("did not ring");
        assertThat(s.callLabel()).isEqualTo("Call (gateway offline)");
        assertThat(s.canCall()).as("try again once it is back").isTrue();
        s.refused("not-assigned");
        assertThat(s.callLabel()).isEqualTo("Call");
        assertThat(s.text(T)).contains("not assigned");
        s.refused("something-new");
        assertThat(s.text(T)).isEqualTo("Call refused (something-new)");
        s.failed("ICE failed");
        assertThat(s.text(T)).isEqualTo("Call failed: ICE failed");
    }

    @Test
    void theClockNeverGoesNegative() {
        assertThat(CallStatus.clock(Duration.ofSeconds(-2))).isEqualTo("00:00");
        assertThat(CallStatus.clock(Duration.ofMinutes(75))).isEqualTo("75:00");
    }
}

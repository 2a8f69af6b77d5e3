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
        long call = s.calling();
        assertThat(s.canCall()).isFalse();
        assertThat(s.canHangUp()).as("nothing rings yet").isFalse();
        assertThat(s.ringing(call)).isTrue();
        assertThat(s.text(T)).contains("Ringing");
        assertThat(s.canHangUp()).isTrue();
        assertThat(s.canUseMedia()).isFalse();
        s.accepted(call, T);
        assertThat(s.canUseMedia()).isTrue();
        assertThat(s.text(T.plus(Duration.ofSeconds(65)))).isEqualTo("In call 01:05");
        s.toggleCamera();
        assertThat(s.text(T.plusSeconds(3))).isEqualTo("In call 00:03 · camera off");
        assertThat(s.cameraLabel()).isEqualTo("Camera on");
        s.finished(call, "ended", "gateway");
        assertThat(s.text(T)).isEqualTo("Call ended by the patient");
        assertThat(s.canCall()).isTrue();
        assertThat(s.canUseMedia()).isFalse();
        s.calling();
        assertThat(s.cameraOff()).isFalse();
    }

    @Test
    void declinedMissedAndHungUpAreSaidApart() {
        CallStatus s = new CallStatus();
        long call = s.calling();
        s.finished(call, "declined", null);
        assertThat(s.text(T)).isEqualTo("Declined by the patient");
        s.finished(call, "missed", null);
        assertThat(s.text(T)).startsWith("Missed");
        s.finished(call, "ended", "station");
        assertThat(s.text(T)).isEqualTo("Call ended (you hung up)");
    }

    @Test
    void anOfflineGatewayIsSaidOnTheButtonAndInWordsBeforeAnythingRings() {
        CallStatus s = new CallStatus();
        long call = s.calling();
        s.refused(call, "gateway-offline");
        assertThat(s.text(T)).contains("offline").contains("did not ring");
        assertThat(s.callLabel()).isEqualTo("Call (gateway offline)");
        assertThat(s.canCall()).as("try again once it is back").isTrue();
        s.refused(call, "not-assigned");
        assertThat(s.callLabel()).isEqualTo("Call");
        assertThat(s.text(T)).contains("not assigned");
        s.refused(call, "something-new");
        assertThat(s.text(T)).isEqualTo("Call refused (something-new)");
        s.failed(call, "ICE failed");
        assertThat(s.text(T)).isEqualTo("Call failed: ICE failed");
    }

    /** The first call's thread reports its end after Call was pressed again: the second call on screen stays as it is. */
    @Test
    void reportsOfAnEarlierCallChangeNothingOfTheCurrentOne() {
        CallStatus s = new CallStatus();
        long first = s.calling();
        s.ringing(first);
        long second = s.calling();
        assertThat(s.ringing(first)).isFalse();
        assertThat(s.phase()).isEqualTo(CallStatus.Phase.CONNECTING);
        assertThat(s.ringing(second)).isTrue();
        assertThat(s.accepted(first, T)).isFalse();
        assertThat(s.phase()).isEqualTo(CallStatus.Phase.RINGING);
        assertThat(s.accepted(second, T)).isTrue();
        assertThat(s.finished(first, "ended", "station")).isFalse();
        assertThat(s.failed(first, "the call signaling closed")).isFalse();
        assertThat(s.refused(first, "busy")).isFalse();
        assertThat(s.phase()).isEqualTo(CallStatus.Phase.IN_CALL);
        assertThat(s.text(T.plusSeconds(4))).isEqualTo("In call 00:04");
        assertThat(s.finished(second, "ended", "gateway")).isTrue();
        assertThat(s.text(T)).isEqualTo("Call ended by the patient");
    }

    @Test
    void theClockNeverGoesNegative() {
        assertThat(CallStatus.clock(Duration.ofSeconds(-2))).isEqualTo("00:00");
        assertThat(CallStatus.clock(Duration.ofMinutes(75))).isEqualTo("75:00");
    }
}

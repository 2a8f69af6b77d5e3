package org.vigil.care.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CallTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");
    private static final Duration RING = Duration.ofSeconds(30);

    private static Call ringing() {
        return new Call(UUID.randomUUID(), UUID.randomUUID(), "station-1", UUID.randomUUID(), "doctor", "gateway-1", T0);
    }

    @Test
    void ringingAcceptedEndedKeepsWhenAndHowLong() {
        Call call = ringing();
        assertThat(call.state()).isEqualTo(CallState.RINGING);
        call.accept(T0.plusSeconds(4));
        assertThat(call.state()).isEqualTo(CallState.ACCEPTED);
        assertThat(call.duration()).isEmpty();
        call.hangUp(CallParty.GATEWAY, T0.plusSeconds(64));
        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.answeredAt()).contains(T0.plusSeconds(4));
        assertThat(call.endedAt()).contains(T0.plusSeconds(64));
        assertThat(call.endedBy()).contains(CallParty.GATEWAY);
        assertThat(call.duration()).contains(Duration.ofSeconds(60));
    }

    @Test
    void declinedIsFinal() {
        Call call = ringing();
        call.decline(T0.plusSeconds(2));
        assertThat(call.state()).isEqualTo(CallState.DECLINED);
        assertThat(call.duration()).isEmpty();
        assertThatThrownBy(() -> call.accept(T0.plusSeconds(3))).isInstanceOf(CallTransitionException.class);
        assertThatThrownBy(() -> call.hangUp(CallParty.STATION, T0.plusSeconds(3))).isInstanceOf(CallTransitionException.class);
        assertThat(call.missIfUnanswered(T0.plus(RING), RING)).isFalse();
    }

    @Test
    void unansweredWithinTheRingTimeIsMissedNotBefore() {
        Call call = ringing();
        assertThat(call.missIfUnanswered(T0.plus(RING).minusMillis(1), RING)).isFalse();
        assertThat(call.state()).isEqualTo(CallState.RINGING);
        assertThat(call.missIfUnanswered(T0.plus(RING), RING)).isTrue();
        assertThat(call.state()).isEqualTo(CallState.MISSED);
        assertThat(call.endedAt()).contains(T0.plus(RING));
        assertThatThrownBy(() -> call.accept(T0.plus(RING).plusSeconds(1))).as("too late to answer")
                .isInstanceOf(CallTransitionException.class);
        assertThat(call.missIfUnanswered(T0.plus(RING).plusSeconds(5), RING)).as("missed once").isFalse();
    }

    @Test
    void anAcceptedCallIsNeverMissed() {
        Call call = ringing();
        call.accept(T0.plusSeconds(1));
        assertThat(call.missIfUnanswered(T0.plus(RING).plusSeconds(10), RING)).isFalse();
        assertThat(call.state()).isEqualTo(CallState.ACCEPTED);
    }

    @Test
    void theStationHangingUpWhileItRingsEndsItUnanswered() {
        Call call = ringing();
        call.hangUp(CallParty.STATION, T0.plusSeconds(3));
        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.answeredAt()).isEmpty();
        assertThat(call.duration()).isEmpty();
        assertThatThrownBy(() -> call.hangUp(CallParty.GATEWAY, T0.plusSeconds(4))).isInstanceOf(CallTransitionException.class);
    }

    @Test
    void acceptingTwiceIsRefused() {
        Call call = ringing();
        call.accept(T0.plusSeconds(1));
        assertThatThrownBy(() -> call.accept(T0.plusSeconds(2))).isInstanceOf(CallTransitionException.class);
        assertThatThrownBy(() -> call.decline(T0.plusSeconds(2))).isInstanceOf(CallTransitionException.class);
    }

    @Test
    void onlyTheStationAndTheGatewayAreParties() {
        Call call = ringing();
        assertThat(call.partyOf("station-1")).contains(CallParty.STATION);
        assertThat(call.partyOf("gateway-1")).contains(CallParty.GATEWAY);
        assertThat(call.partyOf("station-2")).isEmpty();
        assertThat(call.partyOf("gateway-2")).isEmpty();
    }
}

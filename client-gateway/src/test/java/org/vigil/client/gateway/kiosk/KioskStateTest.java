package org.vigil.client.gateway.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class KioskStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theCallerIsNamedWithTheStationWhenTheRingSaysSo() throws Exception {
        assertThat(CallerText.of(JSON.readTree("{\"callerRole\":\"doctor\",\"callerName\":\"Dora Doctor\",\"stationName\":\"Ward 7\"}")))
                .isEqualTo("Dr Dora Doctor, Ward 7");
        assertThat(CallerText.of(JSON.readTree("{\"callerRole\":\"nurse\",\"callerName\":\"Nina Nurse\"}"))).isEqualTo("Nurse Nina Nurse");
        assertThat(CallerText.of(JSON.readTree("{\"callerRole\":\"doctor\"}"))).isEqualTo("Your doctor");
        assertThat(CallerText.of(JSON.readTree("{}"))).isEqualTo("Your care team");
    }

    @Test
    void aRingIsAnsweredTimedAndEnded() {
        KioskState k = new KioskState();
        assertThat(k.headline(T)).isEqualTo("No call");
        assertThat(k.canAnswer()).isFalse();
        k.ringing("call-1", "Dr Dora Doctor, Ward 7");
        assertThat(k.canAnswer()).isTrue();
        assertThat(k.canHangUp()).isFalse();
        assertThat(k.headline(T)).isEqualTo("Dr Dora Doctor, Ward 7 is calling");
        k.inCall("call-1", T);
        assertThat(k.canAnswer()).isFalse();
        assertThat(k.canHangUp()).isTrue();
        assertThat(k.headline(T.plusSeconds(125))).isEqualTo("In call with Dr Dora Doctor, Ward 7 · 02:05");
        k.ended("call-1", "ended");
        assertThat(k.headline(T)).isEqualTo("The call has ended: Dr Dora Doctor, Ward 7");
        assertThat(k.canHangUp()).isFalse();
    }

    @Test
    void declinedAndMissedAreSaidPlainly() {
        KioskState k = new KioskState();
        k.ringing("call-1", "Your doctor");
        k.ended("call-1", "declined");
        assertThat(k.headline(T)).isEqualTo("You declined the call: Your doctor");
        k.ended("call-1", "missed");
        assertThat(k.headline(T)).startsWith("Missed call");
    }

    /** A late end of an earlier call (its ring missed while the next one rings or runs) leaves the current call alone. */
    @Test
    void anEventOfAnEarlierCallChangesNothingOfTheCurrentOne() {
        KioskState k = new KioskState();
        assertThat(k.ended("call-0", "ended")).as("no call on screen yet").isFalse();
        assertThat(k.headline(T)).isEqualTo("No call");
        k.ringing("call-1", "Dr Dora Doctor, Ward 7");
        k.ringing("call-2", "Nurse Nina Nurse, Ward 7");
        assertThat(k.ended("call-1", "missed")).isFalse();
        assertThat(k.inCall("call-1", T)).isFalse();
        assertThat(k.canAnswer()).as("the second call still rings").isTrue();
        assertThat(k.headline(T)).isEqualTo("Nurse Nina Nurse, Ward 7 is calling");
        assertThat(k.inCall("call-2", T)).isTrue();
        assertThat(k.ended("call-1", "ended")).isFalse();
        assertThat(k.canHangUp()).isTrue();
        assertThat(k.headline(T.plusSeconds(9))).isEqualTo("In call with Nurse Nina Nurse, Ward 7 · 00:09");
        assertThat(k.ended("call-2", "ended")).isTrue();
        assertThat(k.headline(T)).isEqualTo("The call has ended: Nurse Nina Nurse, Ward 7");
    }
}

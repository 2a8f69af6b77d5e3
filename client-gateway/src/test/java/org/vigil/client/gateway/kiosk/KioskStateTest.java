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
        k.ringing("Dr Dora Doctor, Ward 7");
        assertThat(k.canAnswer()).isTrue();
        assertThat(k.canHangUp()).isFalse();
        assertThat(k.headline(T)).isEqualTo("Dr Dora Doctor, Ward 7 is calling");
        k.inCall(T);
        assertThat(k.canAnswer()).isFalse();
        assertThat(k.canHangUp()).isTrue();
        assertThat(k.headline(T.plusSeconds(125))).isEqualTo("In call with Dr Dora Doctor, Ward 7 · 02:05");
        k.ended("ended");
        assertThat(k.headline(T)).isEqualTo("The call has ended: Dr Dora Doctor, Ward 7");
        assertThat(k.canHangUp()).isFalse();
    }

    @Test
    void declinedAndMissedAreSaidPlainly() {
        KioskState k = new KioskState();
        k.ringing("Your doctor");
        k.ended("declined");
        assertThat(k.headline(T)).isEqualTo("You declined the call: Your doctor");
        k.ended("missed");
        assertThat(k.headline(T)).startsWith("Missed call");
    }
}

package org.vigil.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

/** The analysis the station ITs judge the captured alarm by, on signals made here. */
class AlarmToneTest {

    private static byte[] tone(double hz, double seconds, int amplitude, int phaseSamples) {
        int n = (int) (AlarmTone.RATE * seconds);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) Math.round(Math.sin(2 * Math.PI * hz * (i + phaseSamples) / AlarmTone.RATE) * amplitude);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] beep() {
        return concat(tone(880, 0.25, 90, 0), tone(660, 0.25, 90, 0));
    }

    @Test
    void theAlarmsTwoTonesAreReadAsBeeps() {
        byte[] three = concat(beep(), beep(), beep());
        assertThat(AlarmTone.describe(three)).isEqualTo("HHHHHLLLLL".repeat(3));
        assertThat(AlarmTone.beeps(three)).isEqualTo(3);
        assertThat(AlarmTone.toneShare(three)).isEqualTo(1.0);
        assertThat(AlarmTone.silent(three)).isFalse();
    }

    @Test
    void beepsThatDoNotStartOnABlockAreStillCounted() {
        byte[] shifted = concat(new byte[130], beep(), beep(), new byte[70]);
        assertThat(AlarmTone.beeps(shifted)).as(AlarmTone.describe(shifted)).isEqualTo(2);
    }

    @Test
    void quieterBeepsAndBeepsWithPausesCount() {
        byte[] soft = concat(tone(880, 0.25, 20, 3), tone(660, 0.25, 20, 7), new byte[3200], tone(880, 0.25, 20, 0), tone(660, 0.25, 20, 0));
        assertThat(AlarmTone.beeps(soft)).as(AlarmTone.describe(soft)).isEqualTo(2);
    }

    @Test
    void otherSoundsAreNotTheAlarm() {
        assertThat(AlarmTone.beeps(tone(1000, 2, 90, 0))).isZero();
        assertThat(AlarmTone.toneShare(tone(1000, 2, 90, 0))).isZero();
        // the tones the wrong way round, or one alone
        assertThat(AlarmTone.beeps(concat(tone(660, 0.25, 90, 0), tone(880, 0.25, 90, 0)))).isZero();
        assertThat(AlarmTone.beeps(tone(880, 2, 90, 0))).isZero();
        // both at once is a chord, not the alarm
        byte[] chord = new byte[4000];
        byte[] a = tone(880, 0.5, 45, 0);
        byte[] b = tone(660, 0.5, 45, 0);
        for (int i = 0; i < chord.length; i++) {
            chord[i] = (byte) (a[i] + b[i]);
        }
        assertThat(AlarmTone.beeps(chord)).isZero();
        java.util.Random noise = new java.util.Random(7);
        byte[] hiss = new byte[8000];
        noise.nextBytes(hiss);
        assertThat(AlarmTone.beeps(hiss)).isZero();
        assertThat(AlarmTone.silent(hiss)).isFalse();
    }

    @Test
    void zerosAreSilence() {
        assertThat(AlarmTone.silent(new byte[8000])).isTrue();
        assertThat(AlarmTone.silent(new byte[0])).isTrue();
        assertThat(AlarmTone.describe(new byte[800])).isEqualTo("..");
    }
}

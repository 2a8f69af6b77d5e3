package org.vigil.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the station's alarm out of raw samples (8-bit signed, mono, 8 kHz, as {@link AlarmAudio}
 * captures them): the alarm is 880 Hz for 0.25 s, then 660 Hz for 0.25 s, repeated. The samples are
 * cut into blocks of 50 ms; a Goertzel filter measures, per block, the share of its energy at 880 Hz
 * and at 660 Hz (both fall exactly on a bin of a 400-sample block, 20 Hz apart).
 */
public final class AlarmTone {

    static final float RATE = 8000f;
    static final int BLOCK = 400;
    /** A block is one tone when this share of its energy is at that frequency. */
    static final double PURE = 0.8;
    /** Below this root-mean-square amplitude (of 127) a block is silence. */
    static final double QUIET = 2;

    /** One beep in blocks: 880 Hz for about 0.25 s (five blocks) straight into 660 Hz as long. */
    private static final Pattern BEEP = Pattern.compile("H{4,6}\\??L{4,6}");

    private AlarmTone() {
    }

    /** The blocks as letters: {@code H} 880 Hz, {@code L} 660 Hz, {@code .} silence, {@code ?} anything else. */
    public static String describe(byte[] samples) {
        StringBuilder out = new StringBuilder();
        for (int from = 0; from + BLOCK <= samples.length; from += BLOCK) {
            out.append(block(samples, from));
        }
        return out.toString();
    }

    /** How many whole beeps the samples hold: each 880 Hz for about 0.25 s followed at once by 660 Hz as long. */
    public static int beeps(byte[] samples) {
        Matcher m = BEEP.matcher(describe(samples));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The share of blocks that are one of the alarm's two tones (the rest: silence, noise, other sounds). */
    public static double toneShare(byte[] samples) {
        String blocks = describe(samples);
        if (blocks.isEmpty()) {
            return 0;
        }
        return blocks.chars().filter(c -> c == 'H' || c == 'L').count() / (double) blocks.length();
    }

    /** Whether every sample is silence (nothing, or zeros and the least noise). */
    public static boolean silent(byte[] samples) {
        return describe(samples).chars().allMatch(c -> c == '.') && rms(samples, 0, samples.length) < QUIET;
    }

    private static char block(byte[] s, int from) {
        double rms = rms(s, from, BLOCK);
        if (rms < QUIET) {
            return '.';
        }
        double energy = rms * rms * BLOCK;
        if (power(s, from, BLOCK, 880) * 2 / (BLOCK * energy) >= PURE) {
            return 'H';
        }
        if (power(s, from, BLOCK, 660) * 2 / (BLOCK * energy) >= PURE) {
            return 'L';
        }
        return '?';
    }

    private static double rms(byte[] s, int from, int n) {
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            sum += s[i] * (double) s[i];
        }
        return Math.sqrt(sum / n);
    }

    /** Goertzel: |X(f)|² of the block, the squared magnitude of its DFT at {@code f}. */
    static double power(byte[] s, int from, int n, double f) {
        double coeff = 2 * Math.cos(2 * Math.PI * f / RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + n; i++) {
            double v = s[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = v;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}

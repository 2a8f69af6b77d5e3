package org.vigil.client.gateway.simulator;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes characteristic values the way real devices do, so simulated data goes through the
 * same parsers as a watch's or a cuff's. Field layouts as in the parsers of
 * {@code org.vigil.client.gateway.gatt}.
 */
final class GattEncoder {

    private GattEncoder() {
    }

    /** Heart Rate Measurement: UINT8 value, skin contact detected, RR intervals in 1/1024 s. */
    static byte[] heartRate(int bpm, List<Integer> rrIntervals1024ths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean wide = bpm > 255;
        out.write((wide ? 0x01 : 0) | 0x06 | (rrIntervals1024ths.isEmpty() ? 0 : 0x10));
        if (wide) {
            uint16(out, bpm);
        } else {
            out.write(bpm);
        }
        rrIntervals1024ths.forEach(rr -> uint16(out, rr));
        return out.toByteArray();
    }

    /** Blood Pressure Measurement in whole mmHg, with time stamp, pulse and status. */
    static byte[] bloodPressure(int systolic, int diastolic, int mean, LocalDateTime at, int pulse, boolean irregularPulse) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x02 | 0x04 | 0x10);
        uint16(out, sfloat(systolic, 0));
        uint16(out, sfloat(diastolic, 0));
        uint16(out, sfloat(mean, 0));
        dateTime(out, at);
        uint16(out, sfloat(pulse, 0));
        uint16(out, irregularPulse ? 0x04 : 0);
        return out.toByteArray();
    }

    /** Temperature Measurement in Celsius to 0.01 °C, with time stamp, taken in the ear. */
    static byte[] bodyTemperature(double celsius, LocalDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x02 | 0x04);
        uint32(out, (-2 << 24) | (int) Math.round(celsius * 100) & 0x00FF_FFFF);
        dateTime(out, at);
        out.write(3);
        return out.toByteArray();
    }

    /** Current Time, for the gateway to learn a device's clock offset. */
    static byte[] currentTime(LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dateTime(out, now);
        out.write(now.getDayOfWeek().getValue());
        out.write((int) (now.getNano() * 256L / 1_000_000_000L));
        out.write(0);
        return out.toByteArray();
    }

    static byte[] uint32(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uint32(out, (int) value);
        return out.toByteArray();
    }

    static byte[] uint8(int value) {
        return new byte[] {(byte) value};
    }

    private static int sfloat(int mantissa, int exponent) {
        return (exponent & 0x0F) << 12 | mantissa & 0x0FFF;
    }

    private static void dateTime(ByteArrayOutputStream out, LocalDateTime t) {
        uint16(out, t.getYear());
        out.write(t.getMonthValue());
        out.write(t.getDayOfMonth());
        out.write(t.getHour());
        out.write(t.getMinute());
        out.write(t.getSecond());
    }

    private static void uint16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >> 8 & 0xFF);
    }

    private static void uint32(ByteArrayOutputStream out, int value) {
        uint16(out, value & 0xFFFF);
        uint16(out, value >>> 16);
    }
}

package org.vigil.client.gateway.gatt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/**
 * Heart Rate Measurement (0x2A37). RR intervals are kept in the characteristic's resolution of
 * 1/1024 s and converted to milliseconds only as readings.
 */
public record HeartRateMeasurement(int beatsPerMinute, SensorContact contact, OptionalInt energyExpendedKilojoules,
                                   List<Integer> rrIntervals1024ths) {

    public HeartRateMeasurement {
        rrIntervals1024ths = List.copyOf(rrIntervals1024ths);
    }

    /**
     * The heart rate and every RR interval. A sensor that says it is off the skin sends no
     * heart rate worth storing (often 0), so none is produced; its RR intervals, if any, are
     * still beats it saw.
     */
    public List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        if (contact != SensorContact.NOT_DETECTED) {
            readings.add(Reading.of(Kind.HEART_RATE, beatsPerMinute));
        }
        for (int rr : rrIntervals1024ths) {
            readings.add(Reading.of(Kind.RR_INTERVAL, rrMillis(rr)));
        }
        return readings;
    }

    /** 1/1024 s to ms, to 0.001 ms: 1024 → 1000.0, 1 → 0.977. */
    static double rrMillis(int rr1024ths) {
        return Math.round(rr1024ths * 1_000_000.0 / 1024.0) / 1000.0;
    }
}

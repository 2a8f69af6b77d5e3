package org.vigil.client.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.vigil.client.gateway.gatt.MeasurementCharacteristic;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/** A simulated day, read back through the real parsers. */
class SimulatedPatientTest {

    private static final ZonedDateTime MIDNIGHT = ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, ZoneOffset.UTC);

    private record Timed(ZonedDateTime at, Reading reading) {
    }

    private static List<Timed> live(SimulatedPatient patient, ZonedDateTime from, int seconds) throws Exception {
        List<Timed> out = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            ZonedDateTime now = from.plusSeconds(s);
            for (Emission e : patient.tick(now)) {
                MeasurementCharacteristic c = MeasurementCharacteristic.of(e.characteristic()).orElseThrow();
                for (Reading r : c.readings(e.value())) {
                    out.add(new Timed(now, r));
                }
            }
        }
        return out;
    }

    private static double mean(List<Timed> readings, Kind kind, Predicate<ZonedDateTime> when) {
        return readings.stream().filter(t -> t.reading().kind() == kind && when.test(t.at()))
                .mapToDouble(t -> t.reading().value()).average().orElseThrow();
    }

    @Test
    void aDayIsPlausibleAndFollowsTheClock() throws Exception {
        double nightMinusAfternoon = 0;
        for (int patient = 1; patient <= 5; patient++) {
            List<Timed> day = live(new SimulatedPatient(patient, 11), MIDNIGHT, 24 * 3600);
            Map<Kind, Long> counts = new EnumMap<>(Kind.class);
            day.forEach(t -> counts.merge(t.reading().kind(), 1L, Long::sum));

            assertThat(counts).containsEntry(Kind.HEART_RATE, 86_400L).containsEntry(Kind.RR_INTERVAL, 86_400L)
                    .containsEntry(Kind.SYSTOLIC_PRESSURE, 96L).containsEntry(Kind.PULSE_RATE, 96L)
                    .containsEntry(Kind.BODY_TEMPERATURE, 48L).containsEntry(Kind.STEPS, 1440L)
                    .containsEntry(Kind.BATTERY_LEVEL, 144L);
            day.forEach(t -> {
                double v = t.reading().value();
                switch (t.reading().kind()) {
                    case HEART_RATE -> assertThat(v).isBetween(35.0, 190.0);
                    case RR_INTERVAL -> assertThat(v).isBetween(250.0, 1800.0);
                    case SYSTOLIC_PRESSURE -> assertThat(v).isBetween(85.0, 240.0);
                    case DIASTOLIC_PRESSURE -> assertThat(v).isBetween(45.0, 150.0);
                    case BODY_TEMPERATURE -> assertThat(v).isBetween(35.5, 40.5);
                    case BATTERY_LEVEL -> assertThat(v).isBetween(0.0, 100.0);
                    default -> { }
                }
            });
            double heartRate = mean(day, Kind.HEART_RATE, t -> true);
            assertThat(heartRate).isBetween(50.0, 100.0);
            nightMinusAfternoon += mean(day, Kind.HEART_RATE, t -> t.getHour() >= 2 && t.getHour() < 5)
                    - mean(day, Kind.HEART_RATE, t -> t.getHour() >= 13 && t.getHour() < 17);
            List<Double> steps = day.stream().filter(t -> t.reading().kind() == Kind.STEPS).map(t -> t.reading().value()).toList();
            assertThat(steps).isSorted();
            assertThat(steps.get(steps.size() - 1)).isBetween(2_000.0, 60_000.0);
        }
        assertThat(nightMinusAfternoon / 5).as("heart rate lower at night than in the afternoon").isLessThan(-8);
    }

    @Test
    void tachycardiaRaisesTheHeartRate() throws Exception {
        SimulatedPatient patient = new SimulatedPatient(1, 5);
        double before = mean(live(patient, MIDNIGHT.plusHours(14), 600), Kind.HEART_RATE, t -> true);
        patient.startEpisode(Episode.Kind.TACHYCARDIA);
        double during = mean(live(patient, MIDNIGHT.plusHours(14).plusMinutes(10), 100), Kind.HEART_RATE, t -> t.getSecond() > 0
                || t.getMinute() > 10);
        assertThat(during - before).isGreaterThan(30);
        assertThat(patient.episode()).contains(Episode.Kind.TACHYCARDIA);
    }

    @Test
    void aHypertensiveEpisodeGivesAHypertensiveReading() throws Exception {
        SimulatedPatient patient = new SimulatedPatient(2, 5);
        patient.tick(MIDNIGHT.plusHours(12));
        patient.startEpisode(Episode.Kind.HYPERTENSIVE);
        List<Timed> next = live(patient, MIDNIGHT.plusHours(12).plusSeconds(1), 900);
        assertThat(mean(next, Kind.SYSTOLIC_PRESSURE, t -> true)).isGreaterThanOrEqualTo(160);
        assertThat(mean(next, Kind.DIASTOLIC_PRESSURE, t -> true)).isGreaterThanOrEqualTo(95);
    }

    @Test
    void aFeverRaisesTheTemperature() throws Exception {
        SimulatedPatient patient = new SimulatedPatient(3, 5);
        patient.startEpisode(Episode.Kind.FEVER);
        List<Timed> hours = live(patient, MIDNIGHT.plusHours(10), 3 * 3600);
        double last = hours.stream().filter(t -> t.reading().kind() == Kind.BODY_TEMPERATURE)
                .mapToDouble(t -> t.reading().value()).reduce((a, b) -> b).orElseThrow();
        assertThat(last).isGreaterThan(38.0);
    }
}

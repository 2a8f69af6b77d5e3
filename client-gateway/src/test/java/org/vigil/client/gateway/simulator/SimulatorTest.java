package org.vigil.client.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.intake.DeviceSeen;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.Outbox;

/** Simulated devices through the gateway's own intake into a real outbox. */
class SimulatorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    /** A clock the test moves, one simulated second at a time. */
    private static final class SteppingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        SteppingClock(Instant start) {
            this(start, ZoneOffset.UTC);
        }

        private SteppingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void step() {
            now = now.plusSeconds(1);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SteppingClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void everyKindReachesTheOutboxWithDeviceClocksCorrected() throws Exception {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-24T09:00:00Z"));
        try (Outbox outbox = Outbox.open(dir, 100_000)) {
            GattIntake intake = new GattIntake(outbox, clock, ZONE, () -> { });
            Simulator simulator = new Simulator(2, 42, intake, clock, ZONE);
            simulator.connect();
            Instant firstTick = clock.instant();
            for (int s = 0; s < 5; s++) {
                simulator.tick();
                clock.step();
            }

            List<Measurement> stored = outbox.peek(1000);
            Map<Kind, Long> kinds = stored.stream().collect(Collectors.groupingBy(Measurement::kind, Collectors.counting()));
            assertThat(kinds).containsOnlyKeys(Kind.HEART_RATE, Kind.RR_INTERVAL, Kind.STEPS, Kind.SYSTOLIC_PRESSURE,
                    Kind.DIASTOLIC_PRESSURE, Kind.MEAN_PRESSURE, Kind.PULSE_RATE, Kind.BODY_TEMPERATURE);
            assertThat(kinds).containsEntry(Kind.HEART_RATE, 10L).containsEntry(Kind.SYSTOLIC_PRESSURE, 2L);
            assertThat(simulator.measurements()).isEqualTo(stored.size());

            // the cuffs' clocks are minutes off; corrected, their readings fall on the second they were sent
            stored.stream().filter(m -> m.kind() == Kind.SYSTOLIC_PRESSURE || m.kind() == Kind.BODY_TEMPERATURE)
                    .forEach(m -> assertThat(Duration.between(firstTick, m.measuredAt()).abs()).isLessThan(Duration.ofSeconds(1)));
            assertThat(intake.devices()).hasSize(6);
            assertThat(intake.devices()).filteredOn(d -> d.address().endsWith(":01"))
                    .allSatisfy(d -> assertThat(d.batteryPercent()).isPresent());
            assertThat(intake.devices()).extracting(DeviceSeen::lastSeen).allSatisfy(t -> assertThat(t).isAfterOrEqualTo(firstTick));
        }
    }

    @Test
    void withoutTheCurrentTimeTheCuffsSkewShows() throws Exception {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-24T09:00:00Z"));
        try (Outbox outbox = Outbox.open(dir, 100_000)) {
            GattIntake intake = new GattIntake(outbox, clock, ZONE, () -> { });
            Simulator simulator = new Simulator(10, 42, intake, clock, ZONE);
            simulator.tick();
            List<Measurement> systolic = outbox.peek(1000).stream().filter(m -> m.kind() == Kind.SYSTOLIC_PRESSURE).toList();
            assertThat(systolic).hasSize(10);
            // cuffs running slow show their skew; those running fast are held at the time of receipt
            assertThat(systolic).extracting(Measurement::measuredAt).allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(clock.instant()))
                    .anySatisfy(t -> assertThat(t).isBefore(clock.instant().minusSeconds(1)));
        }
    }
}

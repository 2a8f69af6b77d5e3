package org.vigil.client.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.client.gateway.outbox.Measurements.of;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;

class OutboxTest {

    @TempDir
    Path dir;

    @Test
    void peeksInOrderAndRemovesOnlyWhatIsAcknowledged() throws Exception {
        List<Measurement> all = IntStream.range(0, 10).mapToObj(i -> of(Kind.HEART_RATE, i)).toList();
        try (Outbox outbox = Outbox.open(dir, 100)) {
            outbox.append(all.subList(0, 4));
            outbox.append(all.subList(4, 10));
            assertThat(outbox.depth()).isEqualTo(10);
            assertThat(outbox.peek(3)).containsExactlyElementsOf(all.subList(0, 3));

            outbox.remove(List.of(all.get(0).id(), all.get(2).id()));

            assertThat(outbox.depth()).isEqualTo(8);
            assertThat(outbox.peek(3)).containsExactly(all.get(1), all.get(3), all.get(4));
        }
    }

    @Test
    void keepsEverythingAcrossReopening() throws Exception {
        List<Measurement> all = IntStream.range(0, 50).mapToObj(i -> of(Kind.SYSTOLIC_PRESSURE, i)).toList();
        try (Outbox outbox = Outbox.open(dir, 100)) {
            outbox.append(all);
            outbox.remove(List.of(all.get(0).id()));
        }
        try (Outbox outbox = Outbox.open(dir, 100)) {
            assertThat(outbox.depth()).isEqualTo(49);
            assertThat(outbox.peek(100)).containsExactlyElementsOf(all.subList(1, 50));
        }
    }

    @Test
    void aMeasurementSentTwiceIsStoredOnce() throws Exception {
        Measurement bp = of(Kind.SYSTOLIC_PRESSURE, 1);
        try (Outbox outbox = Outbox.open(dir, 100)) {
            assertThat(outbox.append(List.of(bp))).isEqualTo(1);
            assertThat(outbox.append(List.of(bp, of(Kind.DIASTOLIC_PRESSURE, 1)))).isEqualTo(1);
            assertThat(outbox.depth()).isEqualTo(2);
        }
    }

    @Test
    void whenFullTheOldestHeartRateSamplesMakeRoomNeverBloodPressure() throws Exception {
        try (Outbox outbox = Outbox.open(dir, 4)) {
            Measurement bp = of(Kind.SYSTOLIC_PRESSURE, 0);
            Measurement hr1 = of(Kind.HEART_RATE, 1);
            Measurement rr2 = of(Kind.RR_INTERVAL, 2);
            Measurement hr3 = of(Kind.HEART_RATE, 3);
            outbox.append(List.of(bp, hr1, rr2, hr3));

            Measurement bp4 = of(Kind.DIASTOLIC_PRESSURE, 4);
            Measurement hr5 = of(Kind.HEART_RATE, 5);
            outbox.append(List.of(bp4, hr5));

            assertThat(outbox.peek(10)).containsExactly(bp, hr3, bp4, hr5);
            assertThat(outbox.stats().shed()).isEqualTo(Map.of(Kind.HEART_RATE, 1L, Kind.RR_INTERVAL, 1L));
            assertThat(outbox.depth()).isEqualTo(4);
        }
    }

    @Test
    void whenOnlyProtectedMeasurementsAreLeftNewOnesAreRefusedWhole() throws Exception {
        try (Outbox outbox = Outbox.open(dir, 3)) {
            List<Measurement> bps = List.of(of(Kind.SYSTOLIC_PRESSURE, 0), of(Kind.DIASTOLIC_PRESSURE, 0), of(Kind.HEART_RATE, 1));
            outbox.append(bps);

            assertThatThrownBy(() -> outbox.append(List.of(of(Kind.BODY_TEMPERATURE, 2), of(Kind.PULSE_RATE, 2))))
                    .isInstanceOf(OutboxFullException.class);
            // the refused batch changed nothing, not even the heart rate that could have been shed
            assertThat(outbox.peek(10)).containsExactlyElementsOf(bps);
            assertThat(outbox.stats().shed()).isEmpty();

            // one new one fits by shedding the heart rate
            Measurement temperature = of(Kind.BODY_TEMPERATURE, 3);
            outbox.append(List.of(temperature));
            assertThat(outbox.peek(10)).containsExactly(bps.get(0), bps.get(1), temperature);
            assertThatThrownBy(() -> outbox.append(List.of(of(Kind.HEART_RATE, 4)))).isInstanceOf(OutboxFullException.class);
            assertThat(outbox.depth()).isEqualTo(3);
        }
    }

    @Test
    void rejectedMeasurementsLeaveTheQueueButAreKeptAndCounted() throws Exception {
        Measurement good = of(Kind.HEART_RATE, 0);
        Measurement bad = of(Kind.SPO2, 1);
        try (Outbox outbox = Outbox.open(dir, 10)) {
            outbox.append(List.of(good, bad));
            outbox.reject(Map.of(bad.id(), "spo2 above 100 %"));
            assertThat(outbox.peek(10)).containsExactly(good);
            assertThat(outbox.rejected(10)).singleElement().satisfies(r -> {
                assertThat(r.measurement()).isEqualTo(bad);
                assertThat(r.reason()).isEqualTo("spo2 above 100 %");
            });
        }
        try (Outbox outbox = Outbox.open(dir, 10)) {
            assertThat(outbox.stats().rejected()).isEqualTo(1);
            assertThat(outbox.stats().depth()).isEqualTo(1);
        }
    }

    @Test
    void commitsAreFsyncedThroughTheWriteAheadLog() throws Exception {
        try (Outbox outbox = Outbox.open(dir, 10)) {
            outbox.append(List.of(of(Kind.HEART_RATE, 0)));
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("outbox.db"));
             ResultSet rs = db.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }
}

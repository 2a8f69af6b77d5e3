package org.vigil.care.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.Bucket;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.LatestValue;
import org.vigil.care.domain.series.SeriesPage;
import org.vigil.care.domain.series.SeriesPoint;
import org.vigil.care.support.CareSchema;

/** Charts, pages and the overview, the same on every database the server runs on. */
abstract class ObservationSeriesContract {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    abstract DataSource dataSource();

    private JdbcObservationSeries series;
    private JdbcObservationStore store;
    private UUID patient;

    @BeforeEach
    void setUp() throws SQLException {
        DataSource ds = dataSource();
        series = new JdbcObservationSeries(ds);
        store = new JdbcObservationStore(ds);
        patient = CareSchema.insertPatient(ds);
    }

    private void store(VitalKind kind, Instant at, double value) {
        store.insertNew(List.of(new NewObservation(UUID.randomUUID(), patient, kind, value, at, at, "dev", "gw", null)));
    }

    @Test
    void oneHertzHeartRateBecomesMinAvgMaxPerMinute() {
        List<NewObservation> rows = new ArrayList<>();
        for (int s = 0; s < 180; s++) {
            double value = 60 + (s / 60) * 10 + s % 3; // minute m: 60+10m, 61+10m, 62+10m repeating
            rows.add(new NewObservation(UUID.randomUUID(), patient, VitalKind.HEART_RATE, value, T0.plusSeconds(s), T0, "d", "g", null));
        }
        store.insertNew(rows);
        store(VitalKind.SPO2, T0.plusSeconds(5), 97);

        List<Bucket> buckets = series.downsample(patient, VitalKind.HEART_RATE, T0, T0.plusSeconds(150), Duration.ofMinutes(1));

        assertThat(buckets).hasSize(3);
        assertThat(buckets.get(0)).isEqualTo(new Bucket(T0, 60, 61, 62, 60));
        assertThat(buckets.get(1)).isEqualTo(new Bucket(T0.plusSeconds(60), 70, 71, 72, 60));
        assertThat(buckets.get(2).start()).isEqualTo(T0.plusSeconds(120));
        assertThat(buckets.get(2).count()).as("the range ends at 150 s, exclusive").isEqualTo(30);
    }

    @Test
    void bucketsAreAlignedToRoundTimesAndEmptyOnesLeftOut() {
        store(VitalKind.SYSTOLIC_PRESSURE, T0.plus(Duration.ofMinutes(7)), 120);
        store(VitalKind.SYSTOLIC_PRESSURE, T0.plus(Duration.ofMinutes(52)), 140);

        List<Bucket> buckets = series.downsample(patient, VitalKind.SYSTOLIC_PRESSURE, T0.minusSeconds(1), T0.plus(Duration.ofHours(1)),
                Duration.ofMinutes(15));

        assertThat(buckets).extracting(Bucket::start).containsExactly(T0, T0.plus(Duration.ofMinutes(45)));
    }

    @Test
    void aFractionOfASecondBeforeABoundaryStaysInTheEarlierBucket() {
        store(VitalKind.HEART_RATE, T0.plusMillis(59_900), 70);
        store(VitalKind.HEART_RATE, T0.plusSeconds(60), 80);

        List<Bucket> buckets = series.downsample(patient, VitalKind.HEART_RATE, T0, T0.plusSeconds(120), Duration.ofMinutes(1));

        assertThat(buckets).extracting(Bucket::start, Bucket::avg)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(T0, 70.0), org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(60), 80.0));
    }

    @Test
    void pagesWalkTheSeriesInOrderWithoutGapsOrRepeatsEvenAcrossEqualTimes() {
        for (int i = 0; i < 7; i++) {
            store(VitalKind.SPO2, T0.plusSeconds(i / 2), 90 + i); // pairs of rows share a time
        }
        List<SeriesPoint> seen = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        int pages = 0;
        do {
            SeriesPage page = series.page(patient, VitalKind.SPO2, T0, T0.plusSeconds(60), cursor, 3);
            seen.addAll(page.points());
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(SeriesPoint::value).containsExactly(90.0, 91.0, 92.0, 93.0, 94.0, 95.0, 96.0);
    }

    @Test
    void theOverviewHasTheNewestValueOfEachKindByMeasurementTime() {
        store(VitalKind.HEART_RATE, T0.plusSeconds(10), 80);
        store(VitalKind.HEART_RATE, T0.plusSeconds(5), 70); // uploaded later, measured earlier
        store(VitalKind.BODY_TEMPERATURE, T0, 37.1);

        Map<VitalKind, LatestValue> latest = series.latest(patient);

        assertThat(latest).containsOnlyKeys(VitalKind.HEART_RATE, VitalKind.BODY_TEMPERATURE);
        assertThat(latest.get(VitalKind.HEART_RATE).value()).isEqualTo(80.0);
        assertThat(latest.get(VitalKind.HEART_RATE).measuredAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void withinOneUploadTheLatestMeasuredWinsAndATieGoesToTheLaterItem() {
        store.insertNew(List.of(
                new NewObservation(UUID.randomUUID(), patient, VitalKind.SPO2, 95, T0.plusSeconds(20), T0, "d", "g", null),
                new NewObservation(UUID.randomUUID(), patient, VitalKind.SPO2, 97, T0.plusSeconds(30), T0, "d", "g", null),
                new NewObservation(UUID.randomUUID(), patient, VitalKind.SPO2, 96, T0.plusSeconds(10), T0, "d", "g", null),
                new NewObservation(UUID.randomUUID(), patient, VitalKind.HEART_RATE, 70, T0, T0, "d", "g", null)));
        store(VitalKind.HEART_RATE, T0, 72); // measured at the same moment, uploaded later

        Map<VitalKind, LatestValue> latest = series.latest(patient);

        assertThat(latest.get(VitalKind.SPO2).value()).isEqualTo(97.0);
        assertThat(latest.get(VitalKind.HEART_RATE).value()).isEqualTo(72.0);
    }
}

package org.vigil.care.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.Bucket;
import org.vigil.care.domain.series.ChartPlan;
import org.vigil.care.support.CareSchema;

/**
 * The per-minute rollups give exactly the chart the values give, on every database the server runs on:
 * random values and random ranges whose edges fall on, just before and between minute boundaries; values
 * sent again; uploads racing for the same minutes; rows that were there before the rollups (the backfill).
 */
abstract class MinuteRollupContract {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(8);
    private static final List<Duration> WIDTHS = List.of(Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofDays(1));

    /** A migrated database shared by the tests. */
    abstract DataSource dataSource();

    /** A database with no tables yet, for the backfill. */
    abstract DataSource emptyDatabase() throws SQLException;

    private final Random random = new Random(19);
    private DataSource ds;
    private JdbcObservationStore store;
    private JdbcObservationSeries series;
    private UUID patient;

    @BeforeEach
    void setUp() throws SQLException {
        ds = dataSource();
        store = new JdbcObservationStore(ds);
        series = new JdbcObservationSeries(ds);
        patient = CareSchema.insertPatient(ds);
    }

    @Test
    void chartsFromTheRollupsEqualChartsFromTheValuesOnRandomDataAndRandomEdges() throws Exception {
        UUID other = CareSchema.insertPatient(ds);
        List<NewObservation> all = new ArrayList<>();
        for (VitalKind kind : List.of(VitalKind.HEART_RATE, VitalKind.BODY_TEMPERATURE, VitalKind.RR_INTERVAL)) {
            all.addAll(randomValues(patient, kind, 1500));
        }
        all.addAll(randomValues(other, VitalKind.HEART_RATE, 300));
        Collections.shuffle(all, random);
        uploadInRandomBatchesSendingSomeAgain(all);

        int split = 0;
        for (int i = 0; i < 200; i++) {
            Instant from = randomEdge();
            Instant to = random.nextInt(10) == 0 ? from : randomEdge();
            if (to.isBefore(from)) {
                Instant t = from;
                from = to;
                to = t;
            }
            Duration width = WIDTHS.get(random.nextInt(WIDTHS.size()));
            for (VitalKind kind : List.of(VitalKind.HEART_RATE, VitalKind.BODY_TEMPERATURE, VitalKind.RR_INTERVAL)) {
                List<Bucket> fromRollups = series.downsample(patient, kind, from, to, width);
                List<Bucket> fromValues = series.downsampleValues(patient, kind, from, to, width);
                assertThat(fromRollups).as("%s %s..%s by %s", kind, from, to, width).isEqualTo(fromValues);
                assertSameAsTheDatabaseAverage(kind, from, to, width, fromValues);
            }
            ChartPlan plan = ChartPlan.of(from, to, width);
            if (plan.minutes().isPresent() && !plan.raw().isEmpty()) {
                split++;
            }
        }
        assertThat(split).as("ranges read partly from rollups, partly from values").isGreaterThan(50);
        assertRollupsMatchTheValues();
    }

    @Test
    void aValueSentAgainIsCountedOnce() throws SQLException {
        List<NewObservation> batch = randomValues(patient, VitalKind.HEART_RATE, 50);
        store.insertNew(batch);
        store.insertNew(batch);
        List<NewObservation> mixed = new ArrayList<>(batch.subList(0, 20));
        mixed.addAll(randomValues(patient, VitalKind.HEART_RATE, 5));
        store.insertNew(mixed);

        assertThat(rollupCount(VitalKind.HEART_RATE)).isEqualTo(55);
        assertRollupsMatchTheValues();
    }

    @Test
    void aManualEntryLandsInItsMinute() throws SQLException {
        Instant at = T0.plusSeconds(125);
        store.insertNew(List.of(new NewObservation(UUID.randomUUID(), patient, VitalKind.RESPIRATORY_RATE, 18, at, at, null, null,
                UUID.randomUUID())));

        assertThat(series.downsample(patient, VitalKind.RESPIRATORY_RATE, T0, T0.plusSeconds(600), Duration.ofMinutes(1)))
                .containsExactly(new Bucket(T0.plusSeconds(120), 18, 18, 18, 1));
        assertRollupsMatchTheValues();
    }

    /**
     * Gateways upload at once into the same few minutes, some re-sending what another one is sending (a
     * retry racing the original), each upload in its own transaction, retried whole when the database
     * refuses it as a real server's client would.
     */
    @Test
    void uploadsRacingForTheSameMinutesAddUpExactlyOnce() throws Exception {
        List<List<NewObservation>> batches = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batches.add(randomValues(patient, VitalKind.HEART_RATE, 30, T0, Duration.ofMinutes(3)));
        }
        ExecutorService gateways = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                int gateway = g;
                running.add(gateways.submit(() -> {
                    for (int b = 0; b < batches.size(); b++) {
                        if (b % 4 == gateway || b % 3 == gateway) {
                            uploadInOneTransaction(batches.get(b));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            gateways.shutdownNow();
        }

        assertThat(rollupCount(VitalKind.HEART_RATE)).isEqualTo(60 * 30);
        assertRollupsMatchTheValues();
    }

    @Test
    void theMigrationBackfillsTheRollupsOfValuesStoredBeforeIt() throws Exception {
        DataSource before = emptyDatabase();
        flyway(before).target("11").load().migrate();
        UUID old = CareSchema.insertPatient(before);
        List<NewObservation> values = new ArrayList<>();
        for (VitalKind kind : List.of(VitalKind.HEART_RATE, VitalKind.BODY_TEMPERATURE)) {
            values.addAll(randomValues(old, kind, 800));
        }
        try (Connection c = before.getConnection(); PreparedStatement insert = c.prepareStatement(ObservationWriteSql.of(c).insert())) {
            for (NewObservation o : values) {
                ObservationStoreContract.bindMinimal(insert, o);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        flyway(before).load().migrate();

        JdbcObservationSeries migrated = new JdbcObservationSeries(before);
        for (int i = 0; i < 100; i++) {
            Instant from = randomEdge();
            Instant to = from.plus(Duration.ofMinutes(random.nextInt(600)));
            Duration width = WIDTHS.get(1 + random.nextInt(WIDTHS.size() - 1));
            for (VitalKind kind : List.of(VitalKind.HEART_RATE, VitalKind.BODY_TEMPERATURE)) {
                assertThat(migrated.downsample(old, kind, from, to, width)).isEqualTo(migrated.downsampleValues(old, kind, from, to, width));
            }
        }
        assertThat(migrated.downsample(old, VitalKind.HEART_RATE, T0.minus(Duration.ofHours(1)), T0.plus(WINDOW).plus(Duration.ofHours(1)),
                Duration.ofDays(1))).extracting(Bucket::count).containsExactly(800L);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource ds) {
        return Flyway.configure(MinuteRollupContract.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration/care")
                .table("schema_history_care").baselineOnMigrate(true).baselineVersion("0");
    }

    private void uploadInRandomBatchesSendingSomeAgain(List<NewObservation> all) {
        List<List<NewObservation>> sent = new ArrayList<>();
        for (int from = 0; from < all.size(); ) {
            int size = 1 + random.nextInt(random.nextBoolean() ? 5 : 700);
            List<NewObservation> batch = new ArrayList<>(all.subList(from, Math.min(all.size(), from + size)));
            from += size;
            if (!sent.isEmpty() && random.nextInt(4) == 0) {
                List<NewObservation> earlier = sent.get(random.nextInt(sent.size()));
                batch.addAll(earlier.subList(0, 1 + random.nextInt(earlier.size())));
            }
            store.insertNew(batch);
            sent.add(batch);
            if (random.nextInt(5) == 0) {
                assertThat(store.insertNew(batch)).as("the whole batch again").isEmpty();
            }
        }
    }

    private void uploadInOneTransaction(List<NewObservation> batch) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try {
                    store.insertNew(c, batch);
                    c.commit();
                    return;
                } catch (SQLException e) {
                    c.rollback();
                    if (attempt == 20) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Times on a minute boundary, a microsecond or a second before one, or anywhere, with or without a fraction. */
    private Instant randomEdge() {
        Instant minute = T0.minus(Duration.ofMinutes(10)).plus(Duration.ofMinutes(random.nextInt((int) WINDOW.toMinutes() + 20)));
        return switch (random.nextInt(5)) {
            case 0 -> minute;
            case 1 -> minute.minusNanos(1000);
            case 2 -> minute.minusSeconds(1);
            case 3 -> minute.plusSeconds(random.nextInt(60));
            default -> minute.plusSeconds(random.nextInt(60)).plusNanos(1000L * random.nextInt(1_000_000));
        };
    }

    private List<NewObservation> randomValues(UUID who, VitalKind kind, int n) {
        return randomValues(who, kind, n, T0, WINDOW);
    }

    /** Whole numbers for heart rate, tenths for temperature, any double for RR intervals; times often on or near minute edges. */
    private List<NewObservation> randomValues(UUID who, VitalKind kind, int n, Instant start, Duration window) {
        List<NewObservation> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant minute = start.plus(Duration.ofMinutes(random.nextInt((int) window.toMinutes())));
            Instant at = switch (random.nextInt(4)) {
                case 0 -> minute;
                case 1 -> minute.minusNanos(1000L * (1 + random.nextInt(999_999)));
                case 2 -> minute.plusSeconds(random.nextInt(60));
                default -> minute.plusNanos(1000L * random.nextInt(60_000_000));
            };
            double value = switch (kind) {
                case HEART_RATE, RESPIRATORY_RATE -> 40 + random.nextInt(140);
                case BODY_TEMPERATURE -> 35 + random.nextInt(60) / 10.0;
                default -> 200 + random.nextDouble() * 2800;
            };
            values.add(new NewObservation(UUID.randomUUID(), who, kind, value, at, at, "AA:BB:CC:DD:EE:FF", "gateway-1", null));
        }
        return values;
    }

    /**
     * Count, min and max as the database computed them before the rollups, and its AVG: the same double for
     * whole numbers, within rounding for fractions (the database adds doubles in its own order).
     */
    private void assertSameAsTheDatabaseAverage(VitalKind kind, Instant from, Instant to, Duration width, List<Bucket> buckets)
            throws SQLException {
        List<Bucket> before = ChartBeforeRollups.chart(ds, patient, kind, from, to, width);
        assertThat(buckets).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Bucket now = buckets.get(i);
            Bucket then = before.get(i);
            assertThat(List.of(now.start(), now.min(), now.max(), now.count())).isEqualTo(List.of(then.start(), then.min(), then.max(), then.count()));
            if (kind == VitalKind.HEART_RATE) {
                assertThat(now.avg()).isEqualTo(then.avg());
            } else {
                assertThat(now.avg()).isCloseTo(then.avg(), org.assertj.core.data.Offset.offset(Math.abs(then.avg()) * 1e-12));
            }
        }
    }

    /** Every minute of the patient's values has its rollup row holding what they add up to, and there is no other row. */
    private void assertRollupsMatchTheValues() throws SQLException {
        String differing = """
                SELECT COUNT(*), SUM(CASE WHEN m.epoch_minute IS NULL OR m.value_count <> r.n OR m.value_sum <> r.s
                                          OR m.value_min <> r.lo OR m.value_max <> r.hi THEN 1 ELSE 0 END)
                FROM (SELECT patient_id, kind, epoch_minute, COUNT(*) AS n, %s AS s, MIN(value_num) AS lo, MAX(value_num) AS hi
                      FROM (SELECT patient_id, kind, %s AS epoch_minute, value_num FROM care_observation WHERE patient_id = ?) v
                      GROUP BY patient_id, kind, epoch_minute) r
                LEFT JOIN care_observation_minute m
                  ON m.patient_id = r.patient_id AND m.kind = r.kind AND m.epoch_minute = r.epoch_minute""";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(differing.formatted(ExactSum.SQL, EpochBuckets.of(c).sql()));
                PreparedStatement rows = c.prepareStatement("SELECT COUNT(*) FROM care_observation_minute WHERE patient_id = ?")) {
            ps.setLong(1, 60);
            ps.setObject(2, patient);
            rows.setObject(1, patient);
            try (ResultSet rs = ps.executeQuery(); ResultSet all = rows.executeQuery()) {
                rs.next();
                all.next();
                assertThat(rs.getLong(2)).as("minutes whose rollup differs from their values").isZero();
                assertThat(all.getLong(1)).as("rollup rows, one per minute with values").isEqualTo(rs.getLong(1));
            }
        }
    }

    private long rollupCount(VitalKind kind) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(value_count), 0) FROM care_observation_minute WHERE patient_id = ? AND kind = ?")) {
            ps.setObject(1, patient);
            ps.setString(2, kind.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.BucketWidth;
import org.vigil.care.support.CareSchema;
import org.vigil.testsupport.PostgresServer;

/**
 * The chart's database side alone, before and after the minute rollups, on the data of {@code ChartBenchmark}
 * (7 days of 1 Hz heart rate for one patient, stored through the ingest's own {@link JdbcObservationStore} in
 * batches of 500): the query of the version before the rollups against {@link JdbcObservationSeries#downsample},
 * each range asked a second earlier every time, plus the plans the database chose. Not a test: run its
 * {@code main} with {@code h2} or {@code postgresql} on the module's test class path (docs/BENCHMARKS.md).
 */
public final class ChartQueryBenchmark {

    private static final Duration HISTORY = Duration.ofDays(7);
    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    /** The chart query before the rollups (the database's AVG over every value of the range). */
    private static final String BEFORE = """
            SELECT bucket, MIN(v), AVG(v), MAX(v), COUNT(*) FROM (
                SELECT %s AS bucket, value_num AS v
                FROM care_observation
                WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?) numbered
            GROUP BY bucket ORDER BY bucket""";

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length > 0 && args[0].equals("postgresql");
        PostgresServer server = postgres ? PostgresServer.start() : null;
        try {
            DataSource ds = postgres ? CareSchema.migrated(server.dataSource()) : h2File();
            UUID patient = CareSchema.insertPatient(ds);
            Instant end = Instant.parse("2026-12-01T00:00:00Z");
            long loading = System.nanoTime();
            load(ds, patient, end.minus(HISTORY), end);
            System.out.printf("loaded %,d values in %.0f s, load average %.1f%n", HISTORY.toSeconds(), (System.nanoTime() - loading) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (postgres) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            JdbcObservationSeries series = new JdbcObservationSeries(ds);
            System.out.println("| database | range (width) | before: p50 / p99 ms | rollups: p50 / p99 ms | load |");
            for (Duration range : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7))) {
                Duration width = BucketWidth.forRange(range, 300);
                double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                double[] before = time(i -> before(ds, patient, end.minus(range).minusSeconds(i), end.minusSeconds(i), width));
                double[] after = time(i -> series.downsample(patient, VitalKind.HEART_RATE, end.minus(range).minusSeconds(i), end.minusSeconds(i), width).size());
                double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                System.out.printf("| %s | %s (%s) | %.1f / %.1f | %.1f / %.1f | %.1f–%.1f |%n", postgres ? "PostgreSQL" : "H2", range, width,
                        before[0], before[1], after[0], after[1], Math.min(loadBefore, loadAfter), Math.max(loadBefore, loadAfter));
            }
            explain(ds, postgres, patient, end, width7d());
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static Duration width7d() {
        return BucketWidth.forRange(Duration.ofDays(7), 300);
    }

    private static DataSource h2File() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chart-query-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("vigil"));
        return CareSchema.migrated(ds);
    }

    private static void load(DataSource ds, UUID patient, Instant from, Instant to) {
        JdbcObservationStore store = new JdbcObservationStore(ds);
        long seconds = Duration.between(from, to).toSeconds();
        for (long start = 0; start < seconds; start += 500) {
            List<NewObservation> batch = new ArrayList<>(500);
            for (long s = start; s < Math.min(start + 500, seconds); s++) {
                Instant at = from.plusSeconds(s);
                batch.add(new NewObservation(UUID.randomUUID(), patient, VitalKind.HEART_RATE, 60 + s % 40, at, at, "AA:BB:CC:DD:EE:01",
                        "gateway-1", null));
            }
            store.insertNew(batch);
        }
    }

    private interface Chart {
        int ask(int i) throws Exception;
    }

    private static double[] time(Chart chart) throws Exception {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            if (chart.ask(i) == 0) {
                throw new IllegalStateException("an empty chart");
            }
            if (i >= WARM_UP) {
                took.add(System.nanoTime() - started);
            }
        }
        took.sort(null);
        return new double[] {took.get(took.size() / 2) / 1e6, took.get((int) Math.ceil(took.size() * 0.99) - 1) / 1e6};
    }

    private static int before(DataSource ds, UUID patient, Instant from, Instant to, Duration width) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(BEFORE.formatted(EpochBuckets.of(c).sql()))) {
            bind(ps, patient, from, to, width);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void bind(PreparedStatement ps, UUID patient, Instant from, Instant to, Duration width) throws Exception {
        ps.setLong(1, width.toSeconds());
        ps.setObject(2, patient);
        ps.setString(3, VitalKind.HEART_RATE.code());
        ps.setObject(4, JdbcObservationStore.utc(from));
        ps.setObject(5, JdbcObservationStore.utc(to));
    }

    /** The plans of the 7-day chart before and of its rollup part now, with what they read. */
    private static void explain(DataSource ds, boolean postgres, UUID patient, Instant end, Duration width) throws Exception {
        String prefix = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        Instant from = end.minus(Duration.ofDays(7)).plusSeconds(30);
        try (Connection c = ds.getConnection()) {
            System.out.println("-- before, 7 d:");
            try (PreparedStatement ps = c.prepareStatement(prefix + BEFORE.formatted(EpochBuckets.of(c).sql()))) {
                bind(ps, patient, from, end.minusSeconds(30), width);
                print(ps);
            }
            System.out.println("-- rollups, 7 d (the whole minutes):");
            try (PreparedStatement ps = c.prepareStatement(prefix + """
                    SELECT bucket, SUM(value_count), SUM(value_sum), MIN(value_min), MAX(value_max) FROM (
                        SELECT epoch_minute / ? AS bucket, value_count, value_sum, value_min, value_max
                        FROM care_observation_minute
                        WHERE patient_id = ? AND kind = ? AND epoch_minute >= ? AND epoch_minute < ?) numbered
                    GROUP BY bucket""")) {
                ps.setLong(1, width.toSeconds() / 60);
                ps.setObject(2, patient);
                ps.setString(3, VitalKind.HEART_RATE.code());
                ps.setLong(4, from.getEpochSecond() / 60 + 1);
                ps.setLong(5, end.getEpochSecond() / 60 - 1);
                print(ps);
            }
        }
    }

    private static void print(PreparedStatement ps) throws Exception {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }
}

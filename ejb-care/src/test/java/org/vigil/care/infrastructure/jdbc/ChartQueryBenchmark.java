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
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.BucketWidth;
import org.vigil.care.support.CareSchema;
import org.vigil.testsupport.PostgresServer;

/**
 * The chart's database side alone, before and after the minute rollups, on the data of {@code ChartBenchmark}
 * (7 days of 1 Hz heart rate for one patient, rollups from the migration's backfill): the query of the version
 * before the rollups ({@link ChartBeforeRollups}) against {@link JdbcObservationSeries#downsample},
 * each range asked 61 s earlier every time (so its whole minutes change too, and H2 cannot hand back a cached result), plus the plans the database chose. Not a test: run its
 * {@code main} with {@code h2} or {@code postgresql} on the module's test class path (docs/BENCHMARKS.md).
 */
public final class ChartQueryBenchmark {

    private static final Duration HISTORY = Duration.ofDays(7);
    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length > 0 && args[0].equals("postgresql");
        PostgresServer server = postgres ? PostgresServer.start() : null;
        try {
            DataSource ds = postgres ? server.dataSource() : h2File();
            Instant end = Instant.parse("2026-12-01T00:00:00Z");
            long loading = System.nanoTime();
            UUID patient = load(ds, postgres, end.minus(HISTORY), end);
            System.out.printf("loaded %,d values in %.0f s, load average %.1f%n", HISTORY.toSeconds(), (System.nanoTime() - loading) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (postgres) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            DataSource pooled = oneConnection(ds.getConnection());
            JdbcObservationSeries series = new JdbcObservationSeries(pooled);
            System.out.println("| database | range (width) | before: p50 / p99 ms | rollups: p50 / p99 ms | load |");
            for (Duration range : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7))) {
                Duration width = BucketWidth.forRange(range, 300);
                double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                double[] before = time(i -> ChartBeforeRollups.chart(pooled, patient, VitalKind.HEART_RATE, end.minus(range).minusSeconds(61L * i),
                        end.minusSeconds(61L * i), width).size());
                double[] after = time(i -> series.downsample(patient, VitalKind.HEART_RATE, end.minus(range).minusSeconds(61L * i), end.minusSeconds(61L * i), width).size());
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

    /**
     * One open connection that every request reuses and none closes, as the server's pool hands them out: without it
     * each PostgreSQL request paid for a new backend and its SCRAM login, more than the queries themselves.
     */
    private static DataSource oneConnection(Connection connection) {
        Connection kept = (Connection) java.lang.reflect.Proxy.newProxyInstance(ChartQueryBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close") ? null : invoke(method, connection, args));
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(ChartQueryBenchmark.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Duration width7d() {
        return BucketWidth.forRange(Duration.ofDays(7), 300);
    }

    private static DataSource h2File() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chart-query-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("vigil"));
        return ds;
    }

    /**
     * The values written in one statement into a schema at V11, then the migrations to the newest: V12 backfills the
     * rollups. Through the ingest a week took over half an hour on this shared machine; the contract test shows the
     * backfill and the ingest keep the same rollups.
     */
    private static UUID load(DataSource ds, boolean postgres, Instant from, Instant to) throws Exception {
        flyway(ds).target("11").load().migrate();
        UUID patient = CareSchema.insertPatient(ds);
        String series = postgres
                ? """
                  INSERT INTO care_observation (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client)
                  SELECT gen_random_uuid(), ?, 'heart-rate', 60 + s % 40, '/min', CAST(? AS TIMESTAMPTZ) + s * INTERVAL '1 second', CAST(? AS TIMESTAMPTZ) + s * INTERVAL '1 second',
                         'AA:BB:CC:DD:EE:01', 'gateway-1'
                  FROM generate_series(0, ? - 1) s"""
                : """
                  INSERT INTO care_observation (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client)
                  SELECT RANDOM_UUID(), ?, 'heart-rate', 60 + MOD(X, 40), '/min', DATEADD(SECOND, X, CAST(? AS TIMESTAMP WITH TIME ZONE)), DATEADD(SECOND, X, CAST(? AS TIMESTAMP WITH TIME ZONE)),
                         'AA:BB:CC:DD:EE:01', 'gateway-1'
                  FROM SYSTEM_RANGE(0, ? - 1)""";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(series)) {
            ps.setObject(1, patient);
            ps.setObject(2, JdbcObservationStore.utc(from));
            ps.setObject(3, JdbcObservationStore.utc(from));
            ps.setLong(4, Duration.between(from, to).toSeconds());
            ps.executeUpdate();
        }
        flyway(ds).load().migrate();
        return patient;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource ds) {
        return org.flywaydb.core.Flyway.configure(ChartQueryBenchmark.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration/care").table("schema_history_care").baselineOnMigrate(true).baselineVersion("0");
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

    /** The plans of the 7-day chart before and of its rollup part now, with what they read. */
    private static void explain(DataSource ds, boolean postgres, UUID patient, Instant end, Duration width) throws Exception {
        String prefix = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        Instant from = end.minus(Duration.ofDays(7)).plusSeconds(30);
        try (Connection c = ds.getConnection()) {
            System.out.println("-- before, 7 d:");
            try (PreparedStatement ps = c.prepareStatement(prefix + ChartBeforeRollups.SQL.formatted(EpochBuckets.of(c).sql()))) {
                ChartBeforeRollups.bind(ps, patient, VitalKind.HEART_RATE, from, end.minusSeconds(30), width);
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

package org.vigil.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.it.support.CareSetup;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilSystem;

/**
 * Observations per second through {@code POST /api/v1/observations} (gateways with their own
 * tokens, batches of 500, validated, idempotent, one transaction per batch) beside the ceiling: a
 * raw JDBC batch insert of as many rows of the same shape into the same database, in the same
 * run, once the server has stopped (H2 is a file only one process may open). Not a test:
 * {@code mvn -pl it -Pbenchmark verify} runs it on H2 and on PostgreSQL and writes
 * docs/BENCHMARKS.md's care section.
 */
public final class CareIngestBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final int GATEWAYS = 4;
    private static final int BATCH = 500;
    private static final String SECTION = "## Care: observations per second";

    private static final String RAW_INSERT = """
            INSERT INTO care_observation (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client)
            VALUES (?, ?, 'heart-rate', ?, '/min', ?, ?, 'AA:BB:CC:DD:EE:01', ?)""";

    private record Figure(String database, long restRows, double restPerSecond, double p50Millis, double p99Millis, long rawRows,
            double rawPerSecond, long stored) {
    }

    private record Gateway(String patientId, DeviceClient client, String token) {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        ItSettings settings = ItSettings.fromSystemProperties();
        Figure figure;
        LoadAverage load = new LoadAverage();
        try (VigilSystem system = VigilSystem.start(settings)) {
            Oidc oidc = new Oidc(system.server());
            CareSetup care = new CareSetup(system.server(), system.mail());
            List<Gateway> gateways = new ArrayList<>();
            for (int i = 0; i < GATEWAYS; i++) {
                gateways.add(gateway(care));
            }
            long warmUpRows = upload(oidc, gateways, WARM_UP, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            load.sample();
            long started = System.nanoTime();
            long restRows = upload(oidc, gateways, MEASURE, latencies);
            load.sample();
            double restSeconds = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);

            system.server().close();
            VigilSystem.Database db = system.database();
            long stored = count(db, gateways);
            if (stored != warmUpRows + restRows) {
                throw new IllegalStateException("the server acknowledged " + (warmUpRows + restRows) + " observations but the database holds " + stored);
            }
            rawInsert(db, gateways, Long.MAX_VALUE, Instant.now().plus(WARM_UP));
            long rawStarted = System.nanoTime();
            long rawRows = rawInsert(db, gateways, restRows, Instant.MAX);
            double rawSeconds = (System.nanoTime() - rawStarted) / 1e9;
            figure = new Figure(settings.database().equals("postgresql") ? "PostgreSQL" : "H2", restRows, restRows / restSeconds,
                    Percentiles.of(sorted, 0.50) / 1e6, Percentiles.of(sorted, 0.99) / 1e6, rawRows, rawRows / rawSeconds, stored);
        }
        write(report, figure, load);
    }

    private static Gateway gateway(CareSetup care) {
        String patientId = care.admit(UUID.randomUUID(), "1970-01-01");
        DeviceClient client = care.gatewayOf(patientId);
        return new Gateway(patientId, client, client.token(care.oidc()));
    }

    /** Each gateway uploads batches back to back; returns how many observations the server stored. */
    private static long upload(Oidc oidc, List<Gateway> gateways, Duration duration, List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(gateways.size());
        Instant end = Instant.now().plus(duration);
        AtomicLong stored = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        for (Gateway g : gateways) {
            running.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    String body = batch();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = post(oidc, "/api/v1/observations", g.token(), body);
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - t0);
                    }
                    JsonNode results = Json.parse(expect(response, 200).body()).get("results");
                    for (JsonNode r : results) {
                        if (!r.get("status").asText().equals("stored")) {
                            throw new IllegalStateException("not stored: " + r);
                        }
                    }
                    stored.addAndGet(results.size());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return stored.get();
    }

    private static String batch() {
        Instant now = Instant.now();
        List<Map<String, Object>> items = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            items.add(Map.of("measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 60 + i % 40, "unit", "/min",
                    "measuredAt", now.minusMillis(BATCH - i).toString(), "device", "AA:BB:CC:DD:EE:01"));
        }
        return Json.write(Map.of("observations", items));
    }

    /**
     * The same number of rows of the same shape, batches of the same size, one commit per batch, as many writers as gateways;
     * or, to warm up the driver (and H2's engine, which runs in this JVM), as many as fit until {@code until}.
     */
    private static long rawInsert(VigilSystem.Database db, List<Gateway> gateways, long rows, Instant until) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(gateways.size());
        long perWriter = rows / gateways.size();
        List<Future<Long>> running = new ArrayList<>();
        for (Gateway g : gateways) {
            running.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                     PreparedStatement ps = c.prepareStatement(RAW_INSERT)) {
                    c.setAutoCommit(false);
                    UUID patient = UUID.fromString(g.patientId());
                    long done = 0;
                    while (done < perWriter && Instant.now().isBefore(until)) {
                        int n = (int) Math.min(BATCH, perWriter - done);
                        Instant now = Instant.now();
                        for (int i = 0; i < n; i++) {
                            ps.setObject(1, UUID.randomUUID());
                            ps.setObject(2, patient);
                            ps.setDouble(3, 60 + i % 40);
                            ps.setObject(4, now.minusMillis(n - i).atOffset(ZoneOffset.UTC));
                            ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                            ps.setString(6, g.client().clientId());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                        done += n;
                    }
                    return done;
                }
            }));
        }
        long total = 0;
        for (Future<Long> f : running) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    private static long count(VigilSystem.Database db, List<Gateway> gateways) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM care_observation WHERE gateway_client = ?")) {
            long total = 0;
            for (Gateway g : gateways) {
                ps.setString(1, g.client().clientId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
            return total;
        }
    }

    private static HttpResponse<String> post(Oidc oidc, String path, String token, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body))));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.body());
        }
        return response;
    }

    /** Keeps one table row per database, so the H2 and the PostgreSQL run each refresh their own. */
    private static void write(Path report, Figure f, LoadAverage load) throws IOException {
        String row = String.format("| %s | %,d | %,.0f | %.0f | %.0f | %,d | %,.0f | %.0f %% | %s |", f.database(), f.restRows(), f.restPerSecond(),
                f.p50Millis(), f.p99Millis(), f.rawRows(), f.rawPerSecond(), 100 * f.restPerSecond() / f.rawPerSecond(), load);
        String text = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" with `mvn -B -pl it -am -Pbenchmark verify` (`CareIngestBenchmark`, once on H2 and\n")
                .append("once on PostgreSQL 15 from Debian), on this project's machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ").append(System.getProperty("java.version")).append(", WildFly 39.0.1 with its default heap, one node;\n")
                .append("the load generator runs on the same machine. ").append(GATEWAYS).append(" gateways (one patient each, their own\n")
                .append("private_key_jwt tokens) upload batches of ").append(BATCH).append(" heart-rate values back to back: ")
                .append(WARM_UP.toSeconds()).append(" s warm-up, ").append(MEASURE.toSeconds()).append(" s measured.\n")
                .append("Every acknowledged value was counted in the database afterwards. The ceiling is a plain JDBC batch insert of as\n")
                .append("many rows of the same shape into the same database (")
                .append(GATEWAYS).append(" writers, batches of ").append(BATCH).append(", a commit per batch, after the same warm-up), run after\n")
                .append("the server stopped (H2 is a file one process opens; its engine then runs in the benchmark's JVM with H2's default\n")
                .append("settings). The REST path adds JSON, token checks, validation, the duplicate look-up,\n")
                .append("the latest-value and per-minute rollup upserts, and the JTA transaction; the ceiling writes the values alone.\n")
                .append("The load generator shares the two cores, so read the ratio more than the absolute figures; load: the one-minute\n")
                .append("load average before and after the measured 20 s.\n\n")
                .append("| database | REST: stored | REST: observations/s | batch p50 ms | batch p99 ms | raw JDBC: rows | raw JDBC: rows/s | REST / raw | load |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n")
                .toString();
        PerDatabaseSection.write(report, SECTION, f.database(), row, text);
    }
}

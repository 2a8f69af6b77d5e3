package org.vigil.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.VigilSystem;

/**
 * How long a doctor waits for a chart: {@code GET /api/v1/patients/{id}/vitals/heart-rate} over
 * 1 h, 24 h and 7 d of 1 Hz heart rate (604,800 values uploaded through the gateway API first),
 * asked for by a care-team doctor's token, one request at a time. Not a test:
 * {@code mvn -pl it -am -Pbenchmark verify} runs it on H2 and PostgreSQL and writes
 * docs/BENCHMARKS.md's chart section.
 */
public final class ChartBenchmark {

    private static final Duration HISTORY = Duration.ofDays(7);
    private static final int BATCH = 500;
    private static final int UPLOADERS = 2;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;
    private static final String SECTION = "## Care: charts";

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        ItSettings settings = ItSettings.fromSystemProperties();
        Map<String, double[]> figures = new LinkedHashMap<>();
        LoadAverage load = new LoadAverage();
        try (VigilSystem system = VigilSystem.start(settings)) {
            CareSetup care = new CareSetup(system.server(), system.mail());
            String patientId = care.admitPatient("1950-03-01");
            DeviceClient gateway = care.gatewayOf(patientId);
            CareWorld.Person doctor = new CareWorld(system.server(), system.mail()).person("doctor");
            care.joinCareTeam(patientId, doctor.accountId(), "doctor");

            Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            upload(care, gateway, end.minus(HISTORY), end);
            for (Duration range : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7))) {
                load.sample();
                figures.put(label(range), time(care, doctor.token(), patientId, end.minus(range), end));
                load.sample();
            }
        }
        write(report, settings.database().equals("postgresql") ? "PostgreSQL" : "H2", figures, load);
    }

    /** One value a second over [from, to), in batches, by a few uploaders side by side. */
    private static void upload(CareSetup care, DeviceClient gateway, Instant from, Instant to) throws Exception {
        long seconds = Duration.between(from, to).toSeconds();
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < UPLOADERS; u++) {
            int uploader = u;
            running.add(pool.submit(() -> {
                GatewayToken token = new GatewayToken(care, gateway);
                for (long start = (long) uploader * BATCH; start < seconds; start += (long) UPLOADERS * BATCH) {
                    List<Map<String, Object>> items = new ArrayList<>(BATCH);
                    for (long s = start; s < Math.min(start + BATCH, seconds); s++) {
                        items.add(Map.of("measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 60 + s % 40, "unit", "/min",
                                "measuredAt", from.plusSeconds(s).toString(), "device", "AA:BB:CC:DD:EE:01"));
                    }
                    HttpResponse<String> stored = Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/observations"))
                            .header("Authorization", "Bearer " + token.current()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("observations", items)))));
                    if (stored.statusCode() != 200) {
                        throw new IllegalStateException("upload refused: " + stored.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    /** The gateway's token, fetched again after a minute: on a loaded machine the week's upload outlasts one token. */
    private static final class GatewayToken {
        private final CareSetup care;
        private final DeviceClient gateway;
        private String token;
        private long fetchedAt;

        GatewayToken(CareSetup care, DeviceClient gateway) {
            this.care = care;
            this.gateway = gateway;
        }

        String current() {
            if (token == null || System.nanoTime() - fetchedAt > Duration.ofMinutes(1).toNanos()) {
                token = gateway.token(care.oidc());
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    /** @return {p50, p99, buckets} in milliseconds over the measured requests */
    private static double[] time(CareSetup care, String token, String patientId, Instant from, Instant to) {
        List<Long> latencies = new ArrayList<>();
        int buckets = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            // a range a second earlier each time: H2 hands a connection the last result of a query it asks again while
            // no table changed, which a live patient's chart never meets (values keep arriving), and which measured 4 ms
            // for a week where computing it took about 2 s
            URI chart = URI.create(care.oidc().issuer() + "/api/v1/patients/" + patientId + "/vitals/heart-rate?from="
                    + from.minusSeconds(i) + "&to=" + to.minusSeconds(i));
            long started = System.nanoTime();
            HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(chart).header("Authorization", "Bearer " + token).GET());
            long took = System.nanoTime() - started;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("chart refused: " + answer.body());
            }
            if (i >= WARM_UP) {
                latencies.add(took);
                buckets = Json.parse(answer.body()).get("buckets").size();
            }
        }
        latencies.sort(null);
        return new double[] {Percentiles.of(latencies, 0.50) / 1e6, Percentiles.of(latencies, 0.99) / 1e6, buckets};
    }

    private static String label(Duration range) {
        return range.toHours() < 24 ? range.toHours() + " h" : range.toDays() + " d";
    }

    private static void write(Path report, String database, Map<String, double[]> figures, LoadAverage load) throws IOException {
        StringBuilder row = new StringBuilder("| ").append(database).append(" |");
        figures.values().forEach(f -> row.append(String.format(" %.0f / %.0f (%d) |", f[0], f[1], (int) f[2])));
        row.append(' ').append(load).append(" |");
        String text = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" with `mvn -B -pl it -am -Pbenchmark verify` (`ChartBenchmark`, once on H2 and\n")
                .append("once on PostgreSQL 15 from Debian), on this project's machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ").append(System.getProperty("java.version")).append(", WildFly 39.0.1, one node, the client on the\n")
                .append("same machine. One patient holds ").append(HISTORY.toDays()).append(" days of 1 Hz heart rate (")
                .append(String.format("%,d", HISTORY.toSeconds())).append(" values, uploaded through the gateway API); a care-team\n")
                .append("doctor asks for the chart (the server's default of at most 300 buckets) ").append(WARM_UP).append(" times to warm up, then ")
                .append(MEASURED).append(" times measured,\none request at a time, each for a range a second earlier than the one before (so H2 cannot hand back\n")
                .append("its last result of the same query). Each cell: p50 / p99 in ms (buckets returned); load: the machine's\n")
                .append("one-minute load average sampled before and after each range's requests (2 cores, shared).\n")
                .append("What bounds it: charts whose buckets are whole minutes (24 h: 5 min, 7 d: 1 h) read the per-minute rollups\n")
                .append("the ingest keeps (1,440 and 10,080 rows) plus the values of the range's partial first and last minute; the\n")
                .append("1 h chart (15 s buckets) still reads its 3,600 values. Rows marked \"before rollups\" read every value of\n")
                .append("the range through the (patient, kind, time) index (docs/decisions.md, issue #19).\n\n")
                .append("| database | 1 h | 24 h | 7 d | load |\n")
                .append("|---|---|---|---|---|\n")
                .toString();
        PerDatabaseSection.write(report, SECTION, database, row.toString(), text);
    }
}

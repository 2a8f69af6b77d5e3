package org.vigil.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.ObservationsResponse;
import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationFeedClosedException;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilSystem;

/**
 * Live latency: from a gateway's {@code POST /api/v1/observations} to the assigned station's
 * {@code /ws/station} feed. 500 gateways (one patient each, real private_key_jwt device clients)
 * each upload one heart-rate value a second; 50 stations, each assigned 10 of the patients by a
 * supervisor, listen. Latency is the station's receive time minus the value's measuredAt, which
 * the gateway sets to the moment it sends (one machine, one clock). Every value the server
 * acknowledged must reach its station exactly once, or the run fails. Not a test:
 * {@code mvn -pl it -Pbenchmark verify} runs it on H2 and PostgreSQL and writes
 * docs/BENCHMARKS.md's live section.
 */
public final class LiveLatencyBenchmark {

    private static final int GATEWAYS = 500;
    private static final int STATIONS = 50;
    /** Ticks are scheduled on one thread and sent from a pool: the SDK's client is synchronous, and 500 uploads a second of
     * ~50 ms each keep about 25 in flight, many more at the tail, so a few sending threads would cap the offered rate. */
    private static final int SENDER_THREADS = 100;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration MEASURE = Duration.ofSeconds(40);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final String SECTION = "## Care: live latency, POST to station";

    private record Gateway(String patientId, DeviceClient client) {
    }

    private record Station(String stationId, DeviceClient client) {
    }

    private record Figure(String database, double offeredPerSecond, double ackedPerSecond, long acked, long received, long failed,
            double postP50, double postP99, double liveP50, double liveP99, double liveMax, double senderLagP99, long reconnects) {
    }

    public static void main(String[] args) {
        // the JDK's HTTP and WebSocket clients and the pools can keep the JVM alive after a failure: end it either way
        try {
            measure(Path.of(args[0]));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(Path report) throws Exception {
        ItSettings settings = ItSettings.fromSystemProperties();
        Figure figure;
        try (VigilSystem system = VigilSystem.start(settings)) {
            Oidc oidc = new Oidc(system.server());
            ExecutorService setup = Executors.newFixedThreadPool(4);
            CareSetup care = new CareSetup(system.server(), system.mail());
            List<Gateway> gateways = inParallel(setup, GATEWAYS, () -> gateway(care));
            List<Station> stations = inParallel(setup, STATIONS, () -> station(care));
            CareStaff supervisor = CareStaff.login(system.server(), system.mail(), "supervisor");
            List<Callable<Void>> assignments = new ArrayList<>();
            for (int i = 0; i < GATEWAYS; i++) {
                Gateway g = gateways.get(i);
                Station s = stations.get(i % STATIONS);
                assignments.add(() -> {
                    expect(post(oidc, "/api/v1/assignments", supervisor.accessToken(), Map.of("patientId", g.patientId(), "stationId", s.stationId())), 201);
                    return null;
                });
            }
            for (Future<Void> f : setup.invokeAll(assignments)) {
                f.get();
            }
            List<String> tokens = inParallel(setup, GATEWAYS, new TokenSource(oidc, gateways));
            setup.shutdown();
            figure = run(system, oidc, settings, gateways, tokens, stations);
        }
        write(report, figure);
    }

    /** Hands out the gateways' tokens in order, one per call, fetched in parallel. */
    private static final class TokenSource implements Callable<String> {
        private final Oidc oidc;
        private final List<Gateway> gateways;
        private final AtomicLong next = new AtomicLong();

        TokenSource(Oidc oidc, List<Gateway> gateways) {
            this.oidc = oidc;
            this.gateways = gateways;
        }

        @Override
        public String call() {
            return gateways.get((int) next.getAndIncrement()).client().token(oidc);
        }
    }

    private static Figure run(VigilSystem system, Oidc oidc, ItSettings settings, List<Gateway> gateways, List<String> tokens,
            List<Station> stations) throws Exception {
        List<Long> postNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> liveMicros = Collections.synchronizedList(new ArrayList<>());
        Set<String> ackedIds = ConcurrentHashMap.newKeySet();
        Set<String> receivedIds = ConcurrentHashMap.newKeySet();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong receivedInWindow = new AtomicLong();
        AtomicLong ackedInWindow = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean listening = new AtomicBoolean(true);
        AtomicLong reconnects = new AtomicLong();

        List<AtomicReference<StationFeed>> feeds = new ArrayList<>();
        for (Station s : stations) {
            feeds.add(new AtomicReference<>(StationFeed.connect(system.server().baseUrl(), s.client().token(oidc), null)));
        }
        Instant measureFrom = Instant.now().plus(Duration.ofSeconds(5)).plus(WARM_UP);
        Instant measureTo = measureFrom.plus(MEASURE);
        ExecutorService listeners = Executors.newFixedThreadPool(STATIONS);
        List<Future<?>> listenerTasks = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            Station station = stations.get(i);
            AtomicReference<StationFeed> feed = feeds.get(i);
            listenerTasks.add(listeners.submit(() -> {
                while (listening.get()) {
                    Optional<StationMessage> m;
                    try {
                        m = feed.get().next(Duration.ofMillis(200));
                    } catch (StationFeedClosedException e) {
                        // as a station does: connect again and resume after the last event seen
                        reconnects.incrementAndGet();
                        System.err.println(Instant.now() + " station feed closed (" + e.getMessage() + "), resuming after " + feed.get().lastEventId());
                        feed.set(StationFeed.connect(system.server().baseUrl(), station.client().token(oidc), feed.get().lastEventId()));
                        continue;
                    }
                    if (m.isEmpty() || !"observations".equals(m.get().type())) {
                        continue;
                    }
                    Instant at = Instant.now();
                    for (JsonNode o : m.get().data().get("observations")) {
                        Instant measured = Instant.parse(o.get("measuredAt").asText());
                        if (!receivedIds.add(o.get("measurementId").asText())) {
                            duplicates.incrementAndGet();
                        }
                        if (!measured.isBefore(measureFrom) && measured.isBefore(measureTo)) {
                            receivedInWindow.incrementAndGet();
                            liveMicros.add(ChronoUnit.MICROS.between(measured, at));
                        }
                    }
                }
                return null;
            }));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObservationsClient client = new ObservationsClient(system.server().baseUrl(), http);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(SENDER_THREADS);
        AtomicLong offeredInWindow = new AtomicLong();
        Set<Integer> refusals = ConcurrentHashMap.newKeySet();
        List<Long> senderLagMicros = Collections.synchronizedList(new ArrayList<>());
        long periodMicros = 1_000_000;
        for (int i = 0; i < gateways.size(); i++) {
            String token = tokens.get(i);
            ticks.scheduleAtFixedRate(() -> {
                Instant tick = Instant.now();
                if (!tick.isBefore(measureFrom) && tick.isBefore(measureTo)) {
                    offeredInWindow.incrementAndGet();
                }
                senders.submit(() -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    if (!tick.isBefore(measureFrom) && tick.isBefore(measureTo)) {
                        senderLagMicros.add(ChronoUnit.MICROS.between(tick, now));
                    }
                    Observation value = new Observation(UUID.randomUUID(), "heart-rate", 60 + (now.getNano() / 1000) % 40, "/min", now,
                            "AA:BB:CC:DD:EE:01");
                    long t0 = System.nanoTime();
                    try {
                        ObservationsResponse answer = client.upload(token, List.of(value));
                        long took = System.nanoTime() - t0;
                        if (answer.results().get(0).status() != ObservationResult.Status.STORED) {
                            failed.incrementAndGet();
                            return;
                        }
                        acked.incrementAndGet();
                        ackedIds.add(value.measurementId().toString());
                        if (!now.isBefore(measureFrom) && now.isBefore(measureTo)) {
                            ackedInWindow.incrementAndGet();
                            postNanos.add(took);
                        }
                    } catch (VigilApiException e) {
                        // refused with a problem (an overloaded server answers 5xx): counted, and shown once per status
                        failed.incrementAndGet();
                        if (refusals.add(e.problem().status())) {
                            System.err.println("upload refused: " + e.problem());
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }, 5_000_000L + i * periodMicros / gateways.size(), periodMicros, TimeUnit.MICROSECONDS);
        }
        Thread.sleep(Duration.between(Instant.now(), measureTo).toMillis());
        ticks.shutdown();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        senders.shutdown();
        if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
            // a server that fell behind leaves uploads queued here: drop them (they were never acknowledged) and stop the rest
            senders.shutdownNow();
            senders.awaitTermination(60, TimeUnit.SECONDS);
        }

        Instant drainUntil = Instant.now().plus(DRAIN);
        while (!receivedIds.containsAll(ackedIds) && Instant.now().isBefore(drainUntil)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // anything beyond the acknowledged would be a duplicate: give it time to show
        listening.set(false);
        for (Future<?> f : listenerTasks) {
            f.get();
        }
        listeners.shutdown();
        feeds.forEach(f -> f.get().close());
        // a failed upload may still have been stored and published, so only the acknowledged ones must all be there
        if (!receivedIds.containsAll(ackedIds) || duplicates.get() > 0) {
            ackedIds.removeAll(receivedIds);
            System.err.println("acknowledged, never received: " + ackedIds.stream().limit(20).toList());
            throw new IllegalStateException("acknowledged but never received: " + ackedIds.size() + ", received twice: " + duplicates.get());
        }
        List<Long> post = Percentiles.sorted(postNanos);
        List<Long> live = Percentiles.sorted(liveMicros);
        return new Figure(settings.database().equals("postgresql") ? "PostgreSQL" : "H2", offeredInWindow.get() / (double) MEASURE.toSeconds(),
                ackedInWindow.get() / (double) MEASURE.toSeconds(),
                ackedInWindow.get(), receivedInWindow.get(), failed.get(), Percentiles.of(post, 0.5) / 1e6, Percentiles.of(post, 0.99) / 1e6,
                Percentiles.of(live, 0.5) / 1e3, Percentiles.of(live, 0.99) / 1e3, live.isEmpty() ? 0 : live.get(live.size() - 1) / 1e3,
                Percentiles.of(Percentiles.sorted(senderLagMicros), 0.99) / 1e3, reconnects.get());
    }

    private static Gateway gateway(CareSetup care) {
        String patientId = care.admit(UUID.randomUUID(), "1970-01-01");
        return new Gateway(patientId, care.gatewayOf(patientId));
    }

    private static Station station(CareSetup care) {
        CareSetup.Station station = care.station("Bench");
        return new Station(station.id(), station.device());
    }

    private static <T> List<T> inParallel(ExecutorService pool, int count, Callable<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private static HttpResponse<String> post(Oidc oidc, String path, String token, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** Keeps one table row per database, so the H2 and the PostgreSQL run each refresh their own. */
    private static void write(Path report, Figure f) throws IOException {
        String row = String.format("| %s | %.0f | %.0f | %,d | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d |", f.database(), f.offeredPerSecond(),
                f.ackedPerSecond(), f.acked(), f.received(), f.failed(), f.postP50(), f.postP99(), f.liveP50(), f.liveP99(), f.liveMax(), f.senderLagP99(), f.reconnects());
        String text = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" with `mvn -B -pl it -am -Pbenchmark verify` (`LiveLatencyBenchmark`, once on H2 and\n")
                .append("once on PostgreSQL 15 from Debian; `-Dskip.live-benchmark` leaves it out), on this project's machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", WildFly 39.0.1 with its default heap, one node; the load generator runs on the same machine.\n")
                .append(GATEWAYS).append(" gateways (one patient each, real device clients with their own private_key_jwt tokens, one token each for the\n")
                .append("run) each upload one heart-rate value a second with the SDK's `ObservationsClient` (one scheduler thread, ").append(SENDER_THREADS)
                .append(" sending threads); ").append(STATIONS).append(" stations,\n")
                .append("each assigned ").append(GATEWAYS / STATIONS).append(" of the patients by a supervisor, listen with the SDK's `StationFeed`. ")
                .append(WARM_UP.toSeconds()).append(" s warm-up, ").append(MEASURE.toSeconds()).append(" s measured.\n")
                .append("POST is the upload's round trip; live is the station's receive time minus the value's measuredAt (set when the\n")
                .append("gateway sends it; one clock). Offered counts the gateways' ticks in the measured window, acknowledged those the server\n")
                .append("answered `stored`. Sender lag is how late an upload left after its gateway's tick (the load generator's own\n")
                .append("queue: when it grows, the offered rate is not reached). A feed the server closes is resumed from its last event id, as a\n")
                .append("station does; such resumptions are counted. The run fails unless every acknowledged value reached its station exactly once.\n\n")
                .append("| database | offered values/s | acknowledged values/s | acknowledged (measured) | received (measured) | failed or refused uploads | POST p50 ms | POST p99 ms | live p50 ms | live p99 ms | live max ms | sender lag p99 ms | feeds resumed |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
                .toString();
        PerDatabaseSection.write(report, SECTION, f.database(), row, text);
    }
}

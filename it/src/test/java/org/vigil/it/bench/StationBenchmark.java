package org.vigil.it.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.ObservationsResponse;
import org.vigil.client.station.identity.StationIdentity;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilSystem;

/**
 * One monitoring station watching 50 patients whose gateways each upload a heart rate a second:
 * the station program (its shipped jar, {@code java -jar vigil-station.jar}, in a process of its
 * own under Xvfb, a doctor signed in by CIBA on the authenticator CLI) is measured from outside:
 * its CPU from {@code /proc/PID/stat} (user + system time of all its threads over the measured
 * window), its resident memory from {@code /proc/PID/status} (VmRSS, sampled each second), and,
 * from the station's paint log ({@code -Dvigil.station.paint-log}, see {@code PaintProbe}), the
 * time from a value's arrival on the station (taken off the feed by the live link) to the end of
 * the FX pulse that laid out its tile's new label, and from the upload's send to the same point.
 * Every acknowledged value must be drawn exactly once or the run fails. Not a test:
 * {@code mvn -pl it -Pbenchmark verify} runs it and adds its row to docs/BENCHMARKS.md's station table.
 */
public final class StationBenchmark {

    private static final int PATIENTS = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    /** Warm-up ends after {@link #WARM_UP} once the feed is steady ({@link SteadyFeed}), or at this at the latest. */
    private static final Duration MAX_WARM_UP = Duration.ofSeconds(240);
    private static final Duration MEASURE = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final String SECTION = "## Monitoring station: 50 patients at 1 Hz";
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final char[] PASSWORD = "bench-station".toCharArray();

    private record Gateway(String patientId, DeviceClient client) {
    }

    private record Figure(long acked, long drawn, double cores, long rssMeanKib, long rssMaxKib, double arrivalP50, double arrivalP99,
            double arrivalMax, double sendP50, double sendP99, double sendMax, long warmUpSeconds, boolean steady, double loadMin,
            double loadMax) {
    }

    public static void main(String[] args) {
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
        Path work = Files.createDirectories(settings.work().resolve("station-bench"));
        Figure figure;
        Process xvfb = startXvfb(System.getProperty("vigil.station.display", ":131"));
        try (VigilSystem system = VigilSystem.start(settings)) {
            CareSetup care = new CareSetup(system.server(), system.mail());
            ExecutorService setup = Executors.newFixedThreadPool(4);
            List<Gateway> gateways = inParallel(setup, PATIENTS, () -> {
                String patientId = care.admit(UUID.randomUUID(), "1950-01-01");
                return new Gateway(patientId, care.gatewayOf(patientId));
            });
            // the station: enrolled with the admin's one-time code as its window would do it
            HttpResponse<String> issued = care.adminPost("/api/v1/admin/device-enrollments", Map.of("role", "station", "stationMode", "monitoring",
                    "stationName", "Bench ward"));
            expect(issued, 201);
            Path dir = work.resolve("station");
            String stationId = StationIdentity.enroll(URI.create(care.oidc().issuer()), Json.parse(issued.body()).get("enrollmentCode").asText(), dir,
                    PASSWORD).station().stationId();
            CareStaff supervisor = CareStaff.login(system.server(), system.mail(), "supervisor");
            List<Callable<Void>> assignments = new ArrayList<>();
            for (Gateway g : gateways) {
                assignments.add(() -> {
                    expect(Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/assignments"))
                            .header("Authorization", "Bearer " + supervisor.accessToken()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("patientId", g.patientId(), "stationId", stationId,
                                    "reason", "benchmark"))))), 201);
                    return null;
                });
            }
            for (Future<Void> f : setup.invokeAll(assignments)) {
                f.get();
            }
            // the doctor, with the authenticator CLI as their phone
            SignUps.Person doctor = SignUps.Person.random();
            SignUps.Account account = SignUps.level1Account(system.server(), system.mail(), doctor);
            expect(Http.send(HttpRequest.newBuilder(URI.create(care.oidc().issuer() + "/api/v1/admin/accounts/" + account.id() + "/roles/doctor"))
                    .header("Authorization", "Bearer " + care.oidc().adminToken()).PUT(HttpRequest.BodyPublishers.noBody())), 200);
            AuthenticatorCli phone = new AuthenticatorCli(work.resolve("authenticator"));
            AuthenticatorCli.Run enrolled = phone.run("enroll", "--server", care.oidc().issuer(), "--code", account.enrollmentCode(), "--name", "doctor");
            if (enrolled.exitCode() != 0) {
                throw new IllegalStateException(enrolled.output());
            }
            List<String> tokens = inParallel(setup, PATIENTS, new Callable<>() {
                private final AtomicLong next = new AtomicLong();

                @Override
                public String call() {
                    return gateways.get((int) next.getAndIncrement()).client().token(care.oidc());
                }
            });
            setup.shutdown();

            Path paintLog = work.resolve("paint.log");
            Files.deleteIfExists(paintLog);
            Process station = startStation(dir, doctor.email(), paintLog, work);
            try {
                AuthenticatorCli.Run approved = phone.run("approve-next", "--binding-message-contains", "Sign in at Bench ward", "--timeout", "120s");
                if (approved.exitCode() != 0) {
                    throw new IllegalStateException("the doctor's sign-in was not approved: " + approved.output());
                }
                figure = run(system, gateways, tokens, station, paintLog);
            } finally {
                station.destroy();
                if (!station.waitFor(20, TimeUnit.SECONDS)) {
                    station.destroyForcibly();
                }
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        write(report, figure);
    }

    private static Figure run(VigilSystem system, List<Gateway> gateways, List<String> tokens, Process station, Path paintLog) throws Exception {
        long pid = station.pid();
        Map<String, Long> sentMicros = new ConcurrentHashMap<>();
        Map<String, Long> warmUpSentMicros = new ConcurrentHashMap<>();
        AtomicReference<Instant[]> window = new AtomicReference<>();
        AtomicLong failed = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObservationsClient client = new ObservationsClient(system.server().baseUrl(), http);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        Instant start = Instant.now().plusSeconds(2);
        long periodMicros = 1_000_000;
        for (int i = 0; i < gateways.size(); i++) {
            String token = tokens.get(i);
            ticks.scheduleAtFixedRate(() -> senders.submit(() -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                Observation value = new Observation(UUID.randomUUID(), "heart-rate", 60 + (now.getNano() / 1000) % 40, "/min", now,
                        "AA:BB:CC:DD:EE:02");
                try {
                    ObservationsResponse answer = client.upload(token, List.of(value));
                    if (answer.results().get(0).status() == ObservationResult.Status.STORED) {
                        Instant[] measured = window.get();
                        if (measured == null) {
                            warmUpSentMicros.put(value.measurementId().toString(), micros(now));
                        } else if (!now.isBefore(measured[0]) && now.isBefore(measured[1])) {
                            sentMicros.put(value.measurementId().toString(), micros(now));
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), 2_000_000L + i * periodMicros / gateways.size(), periodMicros, TimeUnit.MICROSECONDS);
        }

        // the warm-up lasts until the values reach the station as they are sent: the server's catch-up is not the station's latency
        sleepUntil(start.plus(WARM_UP));
        SteadyFeed feed = new SteadyFeed(paintLog, warmUpSentMicros, 10_000_000, 1_000_000, gateways.size());
        boolean steady;
        while (!(steady = feed.steady(micros(Instant.now()))) && Instant.now().isBefore(start.plus(MAX_WARM_UP))) {
            Thread.sleep(1000);
        }
        Instant measureFrom = Instant.now();
        Instant measureTo = measureFrom.plus(MEASURE);
        window.set(new Instant[] {measureFrom, measureTo});
        long warmUpSeconds = Duration.between(start, measureFrom).toSeconds();
        System.out.println("warm-up " + warmUpSeconds + " s, " + (steady ? "steady" : "NOT steady: measuring anyway"));
        long cpuFrom = cpuTicks(pid);
        long nanosFrom = System.nanoTime();
        List<Long> rss = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        while (Instant.now().isBefore(measureTo)) {
            if (!station.isAlive()) {
                throw new IllegalStateException("the station ended with status " + station.exitValue());
            }
            rss.add(rssKib(pid));
            load.add(loadAverage());
            Thread.sleep(1000);
        }
        long cpuTo = cpuTicks(pid);
        long nanosTo = System.nanoTime();
        ticks.shutdown();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);

        // every acknowledged value of the window, drawn exactly once
        Instant drainUntil = Instant.now().plus(DRAIN);
        Map<String, long[]> drawn = new HashMap<>();
        Map<String, Integer> times = new HashMap<>();
        while (true) {
            drawn.clear();
            times.clear();
            for (String line : Files.readAllLines(paintLog, StandardCharsets.US_ASCII)) {
                String[] f = line.split(" ");
                if (f.length == 3 && sentMicros.containsKey(f[0])) {
                    drawn.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                    times.merge(f[0], 1, Integer::sum);
                }
            }
            if (drawn.keySet().containsAll(sentMicros.keySet()) || Instant.now().isAfter(drainUntil)) {
                break;
            }
            Thread.sleep(200);
        }
        long twice = times.values().stream().filter(n -> n > 1).count();
        if (!drawn.keySet().containsAll(sentMicros.keySet()) || twice > 0) {
            throw new IllegalStateException("acknowledged " + sentMicros.size() + ", drawn " + drawn.size() + ", drawn more than once " + twice
                    + ", failed uploads " + failed.get());
        }
        List<Long> arrival = new ArrayList<>();
        List<Long> send = new ArrayList<>();
        drawn.forEach((id, t) -> {
            arrival.add(t[1] - t[0]);
            send.add(t[1] - sentMicros.get(id));
        });
        List<Long> a = Percentiles.sorted(arrival);
        List<Long> s = Percentiles.sorted(send);
        double cores = (cpuTo - cpuFrom) / (double) CLOCK_TICKS_PER_SECOND / ((nanosTo - nanosFrom) / 1e9);
        return new Figure(sentMicros.size(), drawn.size(), cores, (long) rss.stream().mapToLong(Long::longValue).average().orElse(0),
                rss.stream().mapToLong(Long::longValue).max().orElse(0), Percentiles.of(a, 0.5) / 1e3, Percentiles.of(a, 0.99) / 1e3,
                a.get(a.size() - 1) / 1e3, Percentiles.of(s, 0.5) / 1e3, Percentiles.of(s, 0.99) / 1e3, s.get(s.size() - 1) / 1e3,
                warmUpSeconds, steady, load.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                load.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /** The machine's one-minute load average: the station shares the machine with the server and the load generator. */
    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** The station as it ships: its runnable jar with the JVM's defaults, on the benchmark's X display. */
    private static Process startStation(Path dir, String login, Path paintLog, Path work) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dvigil.station.paint-log=" + paintLog));
        String extra = System.getProperty("vigil.station.jvm-options", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", System.getProperty("vigil.station.jar"), "--dir", dir.toString(), "--login", login, "--muted"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("station.out").toFile());
        pb.environment().put("DISPLAY", System.getProperty("vigil.station.display", ":131"));
        pb.environment().put("VIGIL_STATION_KEY_PASSWORD", new String(PASSWORD));
        return pb.start();
    }

    private static Process startXvfb(String display) throws Exception {
        if (new ProcessBuilder("xdpyinfo", "-display", display).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor() == 0) {
            return null;
        }
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-displayfd", "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader ready = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        if (CompletableFuture.supplyAsync(() -> {
            try {
                return ready.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(20, TimeUnit.SECONDS) == null) {
            throw new IllegalStateException("Xvfb did not start on " + display);
        }
        return xvfb;
    }

    /** utime + stime of the process, all threads, in clock ticks (/proc/PID/stat fields 14 and 15). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
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

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static void write(Path report, Figure f) throws IOException {
        String extra = System.getProperty("vigil.station.jvm-options", "");
        String label = (extra.isBlank() ? "JVM defaults" : "`" + extra.trim() + "`") + String.format(", %s, warm-up %d s%s, load %.1f–%.1f",
                LocalDate.now(), f.warmUpSeconds(), f.steady() ? "" : " (never steady)", f.loadMin(), f.loadMax());
        String row = String.format("| %s | %,d | %,d | %.2f | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |",
                label, f.acked(), f.drawn(), f.cores(), f.rssMeanKib() / 1024, f.rssMaxKib() / 1024,
                f.arrivalP50(), f.arrivalP99(), f.arrivalMax(), f.sendP50(), f.sendP99(), f.sendMax());
        String text = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" with `mvn -B -pl it -am -Pbenchmark verify` (`StationBenchmark`, H2;\n")
                .append("`-Dskip.station-benchmark` leaves it out), on this project's machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", WildFly 39.0.1 with its default heap, one node; server, load generator, Xvfb and station share the machine.\n")
                .append("The station is its shipped jar (`java -jar vigil-station.jar --muted`), in a 1366×768 window on Xvfb, a doctor signed in by\n")
                .append("CIBA on the authenticator CLI, ").append(PATIENTS).append(" patients assigned; each patient's gateway (a real device client) uploads one\n")
                .append("heart rate a second with the SDK's `ObservationsClient`. ").append(WARM_UP.toSeconds()).append(" s warm-up at least, until the values of the last 10 s reached the station within 1 s of their send (the server and load generator warmed up), ")
                .append(MEASURE.toSeconds()).append(" s measured. CPU is the station process's user + system time over the measured\n")
                .append("window (`/proc/PID/stat`, all threads: FX, Prism's renderer, the live link, GC, JIT) divided by the wall time;\n")
                .append("resident memory is VmRSS sampled each second. Arrival → pixel runs from the moment the live link takes the value\n")
                .append("off the SDK's feed (microseconds after the WebSocket frame is read) to the end of the first FX pulse that lays out\n")
                .append("the tile's new label (`Scene.addPostLayoutPulseListener`; the render thread then paints that frame, not included);\n")
                .append("send → pixel starts when the gateway sends the value (one clock). The run fails unless every acknowledged value\n")
                .append("of the window was drawn exactly once.\n\n")
                .append("| station JVM | values acknowledged (measured) | values drawn | CPU (cores) | RSS mean MiB | RSS max MiB | arrival → pixel p50 ms | p99 ms | max ms | send → pixel p50 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
                .toString();
        AppendedRow.write(report, SECTION, row, text);
    }
}

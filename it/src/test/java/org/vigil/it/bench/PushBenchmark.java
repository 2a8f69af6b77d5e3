package org.vigil.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.PushApplication;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.VigilSystem;

/**
 * Push messages/s through the WebSocket channel: {@value #DEVICES} people who consented to one
 * application each keep a device on {@code /ws/push}; the application sends {@value #MESSAGES}
 * messages through the send API, spread over them, from {@value #SENDERS} threads; each device
 * acknowledges every message as it arrives (deduplicating re-sends by id). The clock stops when
 * every message's receipt says acknowledged.
 * Not a test: {@code mvn -pl it -Pbenchmark verify} runs it and writes docs/BENCHMARKS.md's push section.
 */
public final class PushBenchmark {

    private static final int DEVICES = 20;
    private static final int MESSAGES = 2000;
    private static final int WARM_UP = 200;
    private static final int SENDERS = 8;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        try (VigilSystem system = VigilSystem.start(ItSettings.fromSystemProperties())) {
            PushApplication app = PushApplication.register(system.server());
            List<PushApplication.Consented> people = new ArrayList<>();
            List<PushSocket> sockets = new ArrayList<>();
            List<Set<String>> seen = new ArrayList<>();
            for (int i = 0; i < DEVICES; i++) {
                PushApplication.Consented person = app.consentedPerson(system.mail());
                people.add(person);
                sockets.add(PushSocket.authenticated(system.server(), person.device()));
                seen.add(new HashSet<>());
            }
            try {
                run(app, people, sockets, seen, WARM_UP);
                Result result = run(app, people, sockets, seen, MESSAGES);
                write(report, result);
            } finally {
                sockets.forEach(PushSocket::close);
            }
        }
    }

    private record Result(int messages, double sendSeconds, double totalSeconds, int resent) {
    }

    /** {@code seen}: the ids each device has had, across runs (a warm-up message may still come again). */
    private static Result run(PushApplication app, List<PushApplication.Consented> people, List<PushSocket> sockets,
                              List<Set<String>> seen, int messages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + DEVICES);
        AtomicInteger resent = new AtomicInteger();
        int perDevice = messages / DEVICES;
        long started = System.nanoTime();
        List<Future<?>> receiving = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            PushSocket socket = sockets.get(d);
            Set<String> had = seen.get(d);
            int target = had.size() + perDevice;
            receiving.add(pool.submit(() -> {
                while (had.size() < target) {
                    JsonNode message = socket.nextMessage("app-message", TIMEOUT);
                    String id = message.get("id").asText();
                    if (!had.add(id)) {
                        resent.incrementAndGet();
                    }
                    socket.ack(id);
                }
                return null;
            }));
        }
        List<Future<List<String>>> sending = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            sending.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int n = sender; n < perDevice * DEVICES; n += SENDERS) {
                    ids.add(app.sendTo(people.get(n % DEVICES).sub(), "Benchmark " + n));
                }
                return ids;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> f : sending) {
            ids.addAll(f.get());
        }
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        for (Future<?> f : receiving) {
            f.get();
        }
        awaitAcknowledged(app, ids, pool);
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(ids.size(), sendSeconds, totalSeconds, resent.get());
    }

    /** Every message's receipt says acknowledged (the devices' acks are recorded asynchronously). */
    private static void awaitAcknowledged(PushApplication app, List<String> ids, ExecutorService pool) throws Exception {
        List<Future<?>> checks = new ArrayList<>();
        int slices = SENDERS;
        for (int s = 0; s < slices; s++) {
            int slice = s;
            checks.add(pool.submit(() -> {
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                for (int i = slice; i < ids.size(); i += slices) {
                    while (!acknowledged(app, ids.get(i))) {
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("not acknowledged: " + app.receipt(ids.get(i)).body());
                        }
                        Thread.sleep(50);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : checks) {
            f.get();
        }
    }

    private static boolean acknowledged(PushApplication app, String id) {
        JsonNode endpoints = Json.parse(app.receipt(id).body()).get("endpoints");
        if (endpoints == null || endpoints.isEmpty()) {
            return false;
        }
        for (JsonNode endpoint : endpoints) {
            if (!"acknowledged".equals(endpoint.get("state").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void write(Path report, Result result) throws IOException {
        String section = "## Push messages through the WebSocket channel\n\n"
                + "Measured " + LocalDate.now() + " with `mvn -B -pl it -am -Pbenchmark integration-test -DskipTests -Dskip.token-benchmark"
                + " -Dskip.care-benchmark -Dskip.ciba-benchmark`\n"
                + "(`PushBenchmark`), on this project's machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", WildFly 39.0.1 with its default heap, H2, one node;\n"
                + "the load generator runs on the same machine. " + DEVICES + " people, each with one device connected to `/ws/push`,"
                + " consented to one application,\nwhich sends " + result.messages() + " messages through `POST /api/v1/push/messages`"
                + " from " + SENDERS + " threads (after a warm-up of " + WARM_UP + "); each device acknowledges\n"
                + "every message as it arrives. The clock runs from the first send until every message's receipt"
                + " (`GET /api/v1/push/messages/{id}`) says acknowledged,\nso each message is one send (client token check, consent"
                + " check, XA commit of the receipt row and the JMS message), one consumer transaction,\none delivery transaction, one"
                + " acknowledgement transaction and the receipt reads. The tests' ack timeout (3 s) applies:\n"
                + "re-sends of messages acknowledged late are counted, not timed separately.\n"
                + "Not profiled. Deliveries keep pace with the sends (the last acknowledgement comes a few seconds after the last send),\n"
                + "so the figure is what the server does per message in all (send, consume, deliver, acknowledge) on two cores it shares\n"
                + "with the load generator, rather than time spent waiting on the sockets.\n\n"
                + "| devices | messages | sent/s (API accepted) | delivered and acknowledged/s | re-sent |\n|---|---|---|---|---|\n"
                + String.format("| %d | %d | %.0f | %.0f | %d |%n", DEVICES, result.messages(), result.messages() / result.sendSeconds(),
                result.messages() / result.totalSeconds(), result.resent());
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf("## Push messages through the WebSocket channel");
        if (start >= 0) {
            int next = existing.indexOf("\n## ", start + 1);
            existing = existing.substring(0, start) + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(report, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }
}

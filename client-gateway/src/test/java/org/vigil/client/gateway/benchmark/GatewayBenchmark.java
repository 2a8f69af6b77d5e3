package org.vigil.client.gateway.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.vigil.client.gateway.gatt.MeasurementCharacteristic;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.simulator.Emission;
import org.vigil.client.gateway.simulator.SimulatedPatient;
import org.vigil.client.gateway.simulator.Simulator;
import org.vigil.client.gateway.upload.FixedTokenSource;
import org.vigil.client.gateway.upload.ObservationsPeer;
import org.vigil.client.gateway.upload.Uploader;
import org.vigil.client.sdk.care.ObservationsClient;

/**
 * Throughput of the gateway's hot path and its memory at steady state. Not a test: run with
 * {@code mvn -pl client-gateway -am -Pbenchmark verify} (see docs/BENCHMARKS.md), which starts
 * it pinned to one core with a small heap. Prints Markdown for docs/BENCHMARKS.md.
 */
public final class GatewayBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static void main(String[] args) throws Exception {
        Duration phase = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        System.out.printf("JVM: %s %s, %d processor(s) available, max heap %d MiB%n%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| what | result |");
        System.out.println("|---|---|");
        parseOnly(phase);
        parseAndPersist(phase);
        parseAndPersistAndUpload(phase);
        steadyState(phase.multipliedBy(3));
    }

    /** Parsing alone: heart-rate notifications with RR intervals, the commonest value. */
    private static void parseOnly(Duration phase) throws Exception {
        List<Emission> values = emissions(10_000);
        long parsed = 0;
        long readings = 0;
        long end = System.nanoTime() + phase.toNanos();
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            for (Emission e : values) {
                readings += MeasurementCharacteristic.of(e.characteristic()).orElseThrow().readings(e.value()).size();
                parsed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        row("parse only", "%,.0f values/s (%,.0f readings/s)".formatted(parsed / seconds, readings / seconds));
    }

    /** The BLE path: each value parsed and stored in its own fsync'd transaction, as a device's notifications arrive. */
    private static void parseAndPersist(Duration phase) throws Exception {
        Path dir = Files.createTempDirectory("gateway-benchmark");
        try (Outbox outbox = Outbox.open(dir, 10_000_000)) {
            GattIntake intake = new GattIntake(outbox, Clock.systemUTC(), ZONE, () -> { });
            Simulator simulator = new Simulator(50, 1, intake, Clock.systemUTC(), ZONE);
            simulator.connect();
            long start = System.nanoTime();
            long end = start + phase.toNanos();
            while (System.nanoTime() < end) {
                simulator.tick();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            row("parse + persist (one fsync'd transaction per value)", "%,.0f values/s, %,.0f measurements/s"
                    .formatted(simulator.values() / seconds, simulator.measurements() / seconds));
            row("outbox file size per measurement", "%,.0f bytes".formatted((double) size(dir) / outbox.depth()));
        } finally {
            delete(dir);
        }
    }

    /** The whole gateway: parse, persist, and upload in batches of 500 to an HTTP server on loopback. */
    private static void parseAndPersistAndUpload(Duration phase) throws Exception {
        Path dir = Files.createTempDirectory("gateway-benchmark");
        try (Outbox outbox = Outbox.open(dir, 10_000_000); ObservationsPeer server = new ObservationsPeer("bench")) {
            Uploader uploader = new Uploader(outbox, new ObservationsClient(server.base()), new FixedTokenSource("bench"),
                    Uploader.Settings.defaults());
            Thread uploading = new Thread(uploader, "uploader");
            GattIntake intake = new GattIntake(outbox, Clock.systemUTC(), ZONE, uploader::wake);
            Simulator simulator = new Simulator(50, 2, intake, Clock.systemUTC(), ZONE);
            simulator.connect();
            uploading.start();
            long start = System.nanoTime();
            long end = start + phase.toNanos();
            while (System.nanoTime() < end) {
                simulator.tick();
            }
            while (outbox.depth() > 0 && System.nanoTime() < end + phase.toNanos()) {
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            uploader.stop();
            uploading.join();
            row("parse + persist + upload (server on loopback, same core)", "%,.0f measurements/s delivered, %d left in the outbox"
                    .formatted(server.stored().size() / seconds, outbox.depth()));
        } finally {
            delete(dir);
        }
    }

    /** A household's load for a while: 4 patients in real time, uploading; RSS sampled from /proc. */
    private static void steadyState(Duration phase) throws Exception {
        Path dir = Files.createTempDirectory("gateway-benchmark");
        try (Outbox outbox = Outbox.open(dir, 2_000_000); ObservationsPeer server = new ObservationsPeer("bench")) {
            Uploader uploader = new Uploader(outbox, new ObservationsClient(server.base()), new FixedTokenSource("bench"),
                    Uploader.Settings.defaults());
            Thread uploading = new Thread(uploader, "uploader");
            uploading.start();
            GattIntake intake = new GattIntake(outbox, Clock.systemUTC(), ZONE, uploader::wake);
            Simulator simulator = new Simulator(4, 3, intake, Clock.systemUTC(), ZONE);
            simulator.connect();
            List<Long> rss = new ArrayList<>();
            long start = System.nanoTime();
            for (long tick = 0; System.nanoTime() - start < phase.toNanos(); tick++) {
                simulator.tick();
                if (tick % 5 == 4) {
                    rss.add(rssKib());
                }
                Thread.sleep(Math.max(0, (tick + 1) * 1000 - (System.nanoTime() - start) / 1_000_000));
            }
            uploader.stop();
            uploading.join();
            List<Long> secondHalf = rss.subList(rss.size() / 2, rss.size());
            row("steady state: 4 patients in real time, uploading, %d s".formatted(phase.toSeconds()),
                    "RSS %,d–%,d KiB in the second half (peak %,d KiB); %,d measurements delivered".formatted(
                            secondHalf.stream().min(Comparator.naturalOrder()).orElseThrow(),
                            secondHalf.stream().max(Comparator.naturalOrder()).orElseThrow(),
                            rss.stream().max(Comparator.naturalOrder()).orElseThrow(), server.stored().size()));
        } finally {
            delete(dir);
        }
    }

    private static List<Emission> emissions(int count) {
        SimulatedPatient patient = new SimulatedPatient(1, 9);
        List<Emission> out = new ArrayList<>();
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        while (out.size() < count) {
            out.addAll(patient.tick(now = now.plusSeconds(1)));
        }
        return out;
    }

    private static long rssKib() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void row(String what, String result) {
        System.out.println("| " + what + " | " + result + " |");
    }
}

package org.vigil.client.gateway.simulator;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.outbox.OutboxStats;
import org.vigil.client.gateway.upload.FixedTokenSource;
import org.vigil.client.gateway.upload.Uploader;
import org.vigil.client.sdk.care.ObservationsClient;

/**
 * The gateway without hardware: simulated patients through the real parse, outbox and upload
 * path, for the demo and for trying a server. Prints what it did every ten seconds.
 */
public final class SimulatorMain {

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.systemDefault();
        Outbox outbox = Outbox.open(options.outbox(), options.capacity());
        Uploader uploader = options.server()
                .map(url -> new Uploader(outbox, new ObservationsClient(url), new FixedTokenSource(options.token()),
                        Uploader.Settings.defaults()))
                .orElse(null);
        GattIntake intake = new GattIntake(outbox, clock, zone, uploader == null ? () -> { } : uploader::wake);
        Simulator simulator = new Simulator(options.patients(), options.seed(), intake, clock, zone);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Thread uploading = uploader == null ? null : new Thread(uploader, "uploader");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdownNow();
            if (uploader != null) {
                uploader.stop();
                join(uploading);
            }
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outbox.close();
            stopped.countDown();
        }, "shutdown"));

        System.out.printf("simulating %d patient(s) at %.1fx real time; outbox %s; %s%n", options.patients(), options.rate(),
                options.outbox().toAbsolutePath(), options.server().map(s -> "uploading to " + s).orElse("not uploading"));
        simulator.connect();
        if (uploading != null) {
            uploading.start();
        }
        long periodNanos = Math.max(1, (long) (1_000_000_000L / options.rate()));
        scheduler.scheduleAtFixedRate(() -> {
            try {
                simulator.tick();
            } catch (RuntimeException e) {
                // a failing tick must not end the schedule: the outbox may be momentarily unwritable
                System.getLogger(SimulatorMain.class.getName()).log(System.Logger.Level.ERROR, "simulation step failed", e);
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        scheduler.scheduleAtFixedRate(() -> report(simulator, outbox, uploader), 10, 10, TimeUnit.SECONDS);

        if (options.duration().isPresent()) {
            Thread.sleep(options.duration().get().toMillis());
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
    }

    private static void report(Simulator simulator, Outbox outbox, Uploader uploader) {
        OutboxStats stats = outbox.stats();
        String upload = uploader == null ? "" : ", uploaded " + uploader.status().delivered()
                + uploader.status().lastError().map(e -> " (last error: " + e + ")").orElse("");
        System.out.printf("measurements %d, outbox depth %d, rejected %d, shed %s%s%n",
                simulator.measurements(), stats.depth(), stats.rejected(), stats.shed(), upload);
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

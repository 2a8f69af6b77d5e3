package org.vigil.client.gateway.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.vigil.client.gateway.GatewayIdentity;
import org.vigil.client.gateway.health.CpuTemperature;
import org.vigil.client.gateway.health.HealthMonitor;
import org.vigil.client.gateway.health.HealthReporter;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.outbox.OutboxStats;
import org.vigil.client.gateway.upload.FixedTokenSource;
import org.vigil.client.gateway.upload.TokenSource;
import org.vigil.client.gateway.upload.Uploader;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.stats.StatsClient;

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
        TokenSource tokens = options.server().isEmpty() ? null : tokens(options, outbox);
        Uploader uploader = tokens == null ? null
                : new Uploader(outbox, new ObservationsClient(options.server().get()), tokens, Uploader.Settings.defaults());
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
        HealthMonitor health = new HealthMonitor(clock, outbox,
                () -> uploader == null ? Optional.empty() : Optional.of(uploader.status()), intake::devices, new CpuTemperature());
        long period = options.healthEvery().toSeconds();
        if (uploader == null) {
            scheduler.scheduleAtFixedRate(health::log, period, period, TimeUnit.SECONDS);
        } else {
            HealthReporter reporter = new HealthReporter(health, new StatsClient(options.server().get()), tokens);
            scheduler.scheduleAtFixedRate(reporter::report, period, period, TimeUnit.SECONDS);
        }

        if (options.duration().isPresent()) {
            Thread.sleep(options.duration().get().toMillis());
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
    }

    /** The credentials to upload and report with: this enrolled simulated gateway's, or a fixed token. */
    private static TokenSource tokens(SimulatorOptions options, Outbox outbox) {
        Optional<TokenSource> tokens = tokenSource(options);
        if (tokens.isEmpty()) {
            System.err.println("no credentials to upload with: enroll this simulated gateway first (vigil-gateway-enroll --dir "
                    + options.outbox() + ", with VIGIL_GATEWAY_KEY_PASSWORD set), or give --token");
            outbox.close();
            System.exit(2);
        }
        return tokens.get();
    }

    /** A fixed token when one is given, else the key of the gateway enrolled into the outbox directory. */
    private static Optional<TokenSource> tokenSource(SimulatorOptions options) {
        if (options.token().isPresent()) {
            return Optional.of(new FixedTokenSource(options.token().get()));
        }
        String password = System.getenv("VIGIL_GATEWAY_KEY_PASSWORD");
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        try {
            return GatewayIdentity.tokens(options.outbox(), password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this gateway's enrollment in " + options.outbox(), e);
        }
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

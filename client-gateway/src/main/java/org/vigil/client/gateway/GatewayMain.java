package org.vigil.client.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.exceptions.DBusException;
import org.vigil.client.gateway.ble.BleSettings;
import org.vigil.client.gateway.ble.BluezGateway;
import org.vigil.client.gateway.health.CpuTemperature;
import org.vigil.client.gateway.health.HealthMonitor;
import org.vigil.client.gateway.health.HealthReporter;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.kiosk.KioskLauncher;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.upload.FixedTokenSource;
import org.vigil.client.gateway.upload.TokenSource;
import org.vigil.client.gateway.upload.Uploader;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.stats.StatsClient;

/**
 * The patient gateway: the patient's BLE devices through the outbox to the server, until
 * stopped (SIGTERM from systemd). Measurements stored before a stop are uploaded after the next
 * start.
 */
public final class GatewayMain {

    private static final System.Logger LOG = System.getLogger(GatewayMain.class.getName());

    public static void main(String[] args) throws Exception {
        GatewayOptions options;
        try {
            options = GatewayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TokenSource tokens = tokenSource(options);
        Outbox outbox = Outbox.open(options.outbox(), options.capacity());
        Uploader uploader = new Uploader(outbox, new ObservationsClient(options.server()), tokens, Uploader.Settings.defaults());
        GattIntake intake = new GattIntake(outbox, Clock.systemUTC(), ZoneId.systemDefault(), uploader::wake);
        BluezGateway ble = new BluezGateway(new BleSettings(Optional.empty(), options.adapter(), options.devices(),
                Duration.ofSeconds(10), Duration.ofSeconds(15)), intake);
        Thread uploading = new Thread(uploader, "uploader");
        HealthMonitor health = new HealthMonitor(Clock.systemUTC(), outbox, () -> Optional.of(uploader.status()), intake::devices,
                new CpuTemperature());
        ScheduledExecutorService healthLog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health");
            t.setDaemon(true);
            return t;
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            healthLog.shutdownNow();
            ble.close();
            uploader.stop();
            try {
                uploading.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outbox.close();
            stopped.countDown();
        }, "shutdown"));

        LOG.log(System.Logger.Level.INFO, "gateway for {0} uploading to {1}; {2} measurement(s) waiting in {3}",
                options.devices(), options.server(), outbox.depth(), options.outbox());
        try {
            ble.start();
        } catch (DBusException e) {
            // systemd starts the gateway again (Restart=always); what is stored is uploaded then
            LOG.log(System.Logger.Level.ERROR, "cannot reach BlueZ on the system bus: {0}", e.getMessage());
            System.exit(1);
        }
        uploading.start();
        long period = HealthMonitor.PERIOD.toSeconds();
        HealthReporter reporter = new HealthReporter(health, new StatsClient(options.server()), tokens);
        healthLog.scheduleAtFixedRate(reporter::report, period, period, TimeUnit.SECONDS);
        if (KioskLauncher.wanted()) {
            KioskLauncher.start(options.server(), tokens);
        }
        stopped.await();
    }

    /** A fixed token when one is given (demos), else this enrolled gateway's own key. */
    private static TokenSource tokenSource(GatewayOptions options) throws java.io.IOException {
        if (options.token().isPresent()) {
            return new FixedTokenSource(options.token().get());
        }
        String password = System.getenv("VIGIL_GATEWAY_KEY_PASSWORD");
        Optional<TokenSource> enrolled = password == null ? Optional.empty()
                : GatewayIdentity.tokens(options.outbox(), password.toCharArray());
        if (enrolled.isEmpty()) {
            System.err.println("this gateway is not enrolled: run vigil-gateway-enroll (with VIGIL_GATEWAY_KEY_PASSWORD set), or give --token");
            System.exit(2);
        }
        return enrolled.get();
    }
}

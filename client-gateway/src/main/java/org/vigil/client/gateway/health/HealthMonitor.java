package org.vigil.client.gateway.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.vigil.client.gateway.intake.DeviceSeen;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.outbox.OutboxStats;
import org.vigil.client.gateway.upload.UploadStatus;

/**
 * Puts the gateway's health together from its parts and logs it as one structured line
 * ({@code gateway health {...}}), for {@code journalctl} today and the stats API later.
 */
public final class HealthMonitor {

    /** How often the gateway logs its health. */
    public static final Duration PERIOD = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(HealthMonitor.class.getName());

    private final Clock clock;
    private final Instant started;
    private final Outbox outbox;
    private final Supplier<Optional<UploadStatus>> uploads;
    private final Supplier<List<DeviceSeen>> devices;
    private final CpuTemperature cpu;

    /**
     * @param uploads the uploader's status, empty when this gateway does not upload (a simulation without a server)
     * @param devices the devices the intake has heard from
     */
    public HealthMonitor(Clock clock, Outbox outbox, Supplier<Optional<UploadStatus>> uploads, Supplier<List<DeviceSeen>> devices,
                         CpuTemperature cpu) {
        this.clock = clock;
        this.started = clock.instant();
        this.outbox = outbox;
        this.uploads = uploads;
        this.devices = devices;
        this.cpu = cpu;
    }

    public HealthReport report() {
        Instant now = clock.instant();
        OutboxStats stats = outbox.stats();
        Optional<UploadStatus> upload = uploads.get();
        return new HealthReport(now, Duration.between(started, now), stats.depth(), stats.capacity(), stats.rejected(),
                stats.shed().values().stream().mapToLong(Long::longValue).sum(),
                upload.map(UploadStatus::delivered).orElse(0L), upload.flatMap(UploadStatus::lastDelivery),
                upload.map(UploadStatus::failuresInARow).orElse(0),
                devices.get().stream().sorted(Comparator.comparing(DeviceSeen::address)).toList(), cpu.celsius());
    }

    /** Logs one report; never throws, so a scheduler that runs it keeps running it. */
    public void log() {
        try {
            LOG.log(System.Logger.Level.INFO, "gateway health {0}", report().toJson());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot put the health report together", e);
        }
    }
}

package org.vigil.client.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.gatt.MeasurementCharacteristic;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.upload.UploadStatus;

/** The health report from the gateway's real outbox and intake, with the clock and thermal zones in hand. */
class HealthMonitorTest {

    private static final UUID HEART_RATE = MeasurementCharacteristic.sig(0x2A37);
    private static final UUID BATTERY = MeasurementCharacteristic.sig(0x2A19);
    private static final String WATCH = "AA:BB:CC:DD:EE:01";
    private static final String CUFF = "AA:BB:CC:DD:EE:02";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));

    @Test
    void reportsUptimeOutboxUploadsDevicesBatteriesAndCpuTemperature() throws Exception {
        Path thermal = Files.createDirectories(dir.resolve("thermal/thermal_zone0"));
        Files.writeString(thermal.resolve("type"), "cpu-thermal\n");
        Files.writeString(thermal.resolve("temp"), "51540\n");
        try (Outbox outbox = Outbox.open(dir.resolve("outbox"), 1000)) {
            GattIntake intake = new GattIntake(outbox, clock, ZoneId.of("Europe/Zurich"), () -> { });
            Instant lastUpload = clock.instant().plusSeconds(30);
            AtomicReference<Optional<UploadStatus>> upload = new AtomicReference<>(Optional.empty());
            HealthMonitor monitor = new HealthMonitor(clock, outbox, upload::get, intake::devices,
                    new CpuTemperature(dir.resolve("thermal")));

            clock.advance(Duration.ofSeconds(40));
            intake.receive(WATCH, HEART_RATE, new byte[] {0x00, 72});
            intake.receive(WATCH, BATTERY, new byte[] {80});
            intake.receive(WATCH, HEART_RATE, new byte[] {0x00, 74});
            clock.advance(Duration.ofSeconds(20));
            intake.receive(CUFF, BATTERY, new byte[] {15});
            upload.set(Optional.of(new UploadStatus(1234, 2, Optional.of(lastUpload), 3, Optional.of("no answer"))));
            HealthReport report = monitor.report();

            assertThat(report.at()).isEqualTo(Instant.parse("2026-11-24T08:01:00Z"));
            assertThat(report.uptime()).isEqualTo(Duration.ofMinutes(1));
            assertThat(report.outboxDepth()).isEqualTo(2);
            assertThat(report.outboxCapacity()).isEqualTo(1000);
            assertThat(report.delivered()).isEqualTo(1234);
            assertThat(report.lastUpload()).hasValue(lastUpload);
            assertThat(report.failuresInARow()).isEqualTo(3);
            assertThat(report.cpuCelsius()).hasValue(51.54);

            JsonNode json = new ObjectMapper().readTree(report.toJson());
            assertThat(json.get("uptimeSeconds").asLong()).isEqualTo(60);
            assertThat(json.get("outboxDepth").asLong()).isEqualTo(2);
            assertThat(json.get("lastUpload").asText()).isEqualTo("2026-11-24T08:00:30Z");
            assertThat(json.get("cpuCelsius").asDouble()).isEqualTo(51.54);
            assertThat(json.get("devices")).hasSize(2);
            JsonNode watch = json.get("devices").get(0);
            assertThat(watch.get("address").asText()).isEqualTo(WATCH);
            assertThat(watch.get("batteryPercent").asInt()).as("the battery level outlives later values without one").isEqualTo(80);
            assertThat(watch.get("lastSeen").asText()).isEqualTo("2026-11-24T08:00:40Z");
            assertThat(json.get("devices").get(1).get("batteryPercent").asInt()).isEqualTo(15);
        }
    }

    @Test
    void aGatewayThatNeitherUploadsNorHearsDevicesNorReadsATemperatureSaysSo() throws IOException {
        try (Outbox outbox = Outbox.open(dir.resolve("outbox"), 10)) {
            HealthMonitor monitor = new HealthMonitor(clock, outbox, Optional::empty, List::of, new CpuTemperature(dir.resolve("none")));

            JsonNode json = new ObjectMapper().readTree(monitor.report().toJson());

            assertThat(json.get("lastUpload").isNull()).isTrue();
            assertThat(json.get("cpuCelsius").isNull()).isTrue();
            assertThat(json.get("delivered").asLong()).isZero();
            assertThat(json.get("devices")).isEmpty();
            assertThat(new ObjectMapper().convertValue(json, Map.class)).containsOnlyKeys("at", "uptimeSeconds", "outboxDepth",
                    "outboxCapacity", "rejected", "shed", "delivered", "lastUpload", "uploadFailuresInARow", "devices", "cpuCelsius");
        }
    }

    @Test
    void loggingNeverThrowsEvenWhenTheOutboxIsGone() {
        Outbox outbox = Outbox.open(dir.resolve("outbox"), 10);
        outbox.close();
        HealthMonitor monitor = new HealthMonitor(clock, outbox, Optional::empty, List::of, new CpuTemperature(dir));

        monitor.log();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

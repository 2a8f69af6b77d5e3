package org.vigil.client.gateway.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.vigil.client.gateway.gatt.CurrentTimeParser;
import org.vigil.client.gateway.gatt.GattParseException;
import org.vigil.client.gateway.gatt.MeasurementCharacteristic;
import org.vigil.client.gateway.measurement.DeviceClock;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.measurement.MeasurementIds;
import org.vigil.client.gateway.measurement.Reading;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.outbox.OutboxFullException;

/**
 * The one path every characteristic value takes, from a real device or the simulator: parse,
 * give each reading an id and a time on the gateway's clock, store durably in the outbox. When
 * {@link #receive} returns, the value may be acknowledged to the device; when it throws, it must
 * not be.
 */
public final class GattIntake {

    private static final System.Logger LOG = System.getLogger(GattIntake.class.getName());

    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable stored;
    private final Map<String, DeviceClock> clocks = new ConcurrentHashMap<>();
    private final Map<String, DeviceSeen> devices = new ConcurrentHashMap<>();

    /**
     * @param zone   the gateway's zone, for device clocks not yet synchronised
     * @param stored called after measurements were stored (wakes the uploader)
     */
    public GattIntake(Outbox outbox, Clock clock, ZoneId zone, Runnable stored) {
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
        this.stored = stored;
    }

    /**
     * Handles one value of one characteristic. Returns the measurements stored (none for a
     * battery level or an intermediate cuff pressure, which are not vital signs).
     *
     * @throws GattParseException the value is malformed: nothing stored, the device is told
     *         nothing (an indicating device will send it again, a broken one is logged)
     * @throws OutboxFullException nothing stored, do not acknowledge
     */
    public List<Measurement> receive(String device, UUID characteristic, byte[] value)
            throws GattParseException, OutboxFullException {
        Instant receivedAt = clock.instant();
        MeasurementCharacteristic type = MeasurementCharacteristic.of(characteristic)
                .orElseThrow(() -> new GattParseException("not a characteristic the gateway reads: " + characteristic));
        List<Reading> readings = type.readings(value);
        DeviceClock deviceClock = clockOf(device);
        List<Measurement> measurements = new ArrayList<>();
        OptionalInt battery = OptionalInt.empty();
        for (Reading r : readings) {
            if (r.kind() == Kind.BATTERY_LEVEL) {
                battery = OptionalInt.of((int) r.value());
            } else if (r.kind().observation()) {
                measurements.add(new Measurement(MeasurementIds.of(device, r), r.kind(), r.value(),
                        deviceClock.measuredAt(r.deviceTime(), receivedAt), device));
            }
        }
        seen(device, receivedAt, battery);
        if (!measurements.isEmpty()) {
            outbox.append(measurements);
            stored.run();
        }
        return measurements;
    }

    /** The device's Current Time (0x2A2B), read at connect: from now on its time stamps are corrected. */
    public void currentTime(String device, byte[] value) throws GattParseException {
        Instant gatewayNow = clock.instant();
        Optional<LocalDateTime> deviceNow = new CurrentTimeParser().parse(value);
        if (deviceNow.isPresent()) {
            clockOf(device).synchronise(deviceNow.get(), gatewayNow);
            LOG.log(System.Logger.Level.DEBUG, "clock of {0} is {1} behind the gateway's", device, clockOf(device).offset().orElseThrow());
        }
    }

    public List<DeviceSeen> devices() {
        return List.copyOf(devices.values());
    }

    private DeviceClock clockOf(String device) {
        return clocks.computeIfAbsent(device, d -> new DeviceClock(zone));
    }

    private void seen(String device, Instant at, OptionalInt battery) {
        devices.merge(device, new DeviceSeen(device, at, battery),
                (old, now) -> new DeviceSeen(device, at, battery.isPresent() ? battery : old.batteryPercent()));
    }
}

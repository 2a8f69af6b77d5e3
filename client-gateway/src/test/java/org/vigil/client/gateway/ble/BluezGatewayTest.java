package org.vigil.client.gateway.ble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.intake.DeviceSeen;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.Outbox;

/** The BLE layer against python-dbusmock's BlueZ on a private bus: the real D-Bus protocol, no radio. */
class BluezGatewayTest {

    private static final String WATCH = "AA:BB:CC:DD:EE:01";
    private static final String CUFF = "AA:BB:CC:DD:EE:02";
    private static final String THERMOMETER = "AA:BB:CC:DD:EE:03";
    private static final String STRANGER = "AA:BB:CC:DD:EE:99";
    private static final String HEART_RATE = "00002a37-0000-1000-8000-00805f9b34fb";
    private static final String BLOOD_PRESSURE = "00002a35-0000-1000-8000-00805f9b34fb";

    @TempDir
    Path dir;

    private BluezStandIn bluez;
    private Outbox outbox;
    private GattIntake intake;
    private BluezGateway gateway;

    @BeforeEach
    void start() throws Exception {
        bluez = new BluezStandIn(dir);
        bluez.command("adapter hci0");
        bluez.command("device hci0 " + WATCH + " InfiniTime");
        bluez.command("gatt hci0 " + WATCH + " 0000180d-0000-1000-8000-00805f9b34fb " + HEART_RATE);
        bluez.command("gatt hci0 " + WATCH + " 0000180f-0000-1000-8000-00805f9b34fb 00002a19-0000-1000-8000-00805f9b34fb");
        bluez.command("value hci0 " + WATCH + " 00002a19-0000-1000-8000-00805f9b34fb 55");
        bluez.command("device hci0 " + CUFF + " BP-Cuff");
        bluez.command("gatt hci0 " + CUFF + " 00001810-0000-1000-8000-00805f9b34fb " + BLOOD_PRESSURE);
        bluez.command("gatt hci0 " + CUFF + " 00001805-0000-1000-8000-00805f9b34fb 00002a2b-0000-1000-8000-00805f9b34fb");
        // the cuff's clock reads 2026-11-24 10:56:40 (Paris time, 3 min 20 s slow) when the gateway's reads 10:00:00Z
        bluez.command("value hci0 " + CUFF + " 00002a2b-0000-1000-8000-00805f9b34fb EA070B180A3828020001");
        bluez.command("device hci0 " + STRANGER + " SomeoneElse");

        outbox = Outbox.open(dir.resolve("outbox"), 10_000);
        intake = new GattIntake(outbox, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
                ZoneId.of("Europe/Paris"), () -> { });
        gateway = new BluezGateway(new BleSettings(Optional.of(bluez.address()), Optional.of("hci0"), Set.of(WATCH, CUFF, THERMOMETER),
                Duration.ofMillis(300), Duration.ofMillis(200)), intake);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (outbox != null) {
            outbox.close();
        }
        if (bluez != null) {
            bluez.close();
        }
    }

    @Test
    void connectsSubscribesReceivesLosesTheDeviceAndReconnects() throws Exception {
        gateway.start();
        await("both devices connected", () -> gateway.connectedDevices().equals(Set.of(WATCH, CUFF)));
        // the thermometer is not around: the gateway keeps looking for it and serves the others meanwhile
        assertThat(bluez.command("notifying hci0 " + WATCH + " " + HEART_RATE)).isEqualTo("true");
        assertThat(bluez.command("notifying hci0 " + CUFF + " " + BLOOD_PRESSURE)).isEqualTo("true");
        assertThat(bluez.command("calls hci0 " + STRANGER + " Connect")).isEqualTo("0");
        assertThat(intake.devices()).filteredOn(d -> d.address().equals(WATCH)).extracting(DeviceSeen::batteryPercent)
                .containsExactly(java.util.OptionalInt.of(85));

        bluez.command("value hci0 " + WATCH + " " + HEART_RATE + " 0048");
        await("heart rate stored", () -> stored(Kind.HEART_RATE).size() == 1);
        assertThat(stored(Kind.HEART_RATE).get(0)).satisfies(m -> {
            assertThat(m.value()).isEqualTo(72);
            assertThat(m.device()).isEqualTo(WATCH);
        });

        // stored measurement taken 08:30:00 on the cuff's clock: 07:33:20Z once corrected
        bluez.command("value hci0 " + CUFF + " " + BLOOD_PRESSURE + " " + "02 7800 5000 5D00 EA07 0B 18 08 1E 00".replace(" ", ""));
        await("blood pressure stored", () -> stored(Kind.SYSTOLIC_PRESSURE).size() == 1);
        assertThat(stored(Kind.SYSTOLIC_PRESSURE).get(0).measuredAt()).isEqualTo(Instant.parse("2026-11-24T07:33:20Z"));

        bluez.command("drop hci0 " + WATCH);
        await("watch reconnected", () -> bluez.command("calls hci0 " + WATCH + " Connect").equals("2")
                && gateway.connectedDevices().contains(WATCH));

        bluez.command("value hci0 " + WATCH + " " + HEART_RATE + " 0050");
        await("heart rate after reconnecting stored", () -> stored(Kind.HEART_RATE).size() == 2);
        assertThat(stored(Kind.HEART_RATE).get(1).value()).isEqualTo(80);
    }

    @Test
    void aDeviceSwitchedOnLaterIsFoundAndConnected() throws Exception {
        gateway.start();
        await("the devices already there connected", () -> gateway.connectedDevices().equals(Set.of(WATCH, CUFF)));

        bluez.command("device hci0 " + THERMOMETER + " Thermometer");
        bluez.command("gatt hci0 " + THERMOMETER + " 00001809-0000-1000-8000-00805f9b34fb 00002a1c-0000-1000-8000-00805f9b34fb");
        await("thermometer connected", () -> gateway.connectedDevices().contains(THERMOMETER));

        // 37.2 °C, no time stamp
        bluez.command("value hci0 " + THERMOMETER + " 00002a1c-0000-1000-8000-00805f9b34fb 00740100FF");
        await("temperature stored", () -> stored(Kind.BODY_TEMPERATURE).size() == 1);
        assertThat(stored(Kind.BODY_TEMPERATURE).get(0).value()).isEqualTo(37.2);
    }

    private List<Measurement> stored(Kind kind) {
        return outbox.peek(1000).stream().filter(m -> m.kind() == kind).toList();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}

package org.vigil.client.gateway.ble;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which devices the gateway serves and how it looks for them.
 *
 * @param busAddress  D-Bus address of BlueZ's bus; empty for the system bus
 * @param adapter     adapter name (hci0); empty for BlueZ's default
 * @param devices     Bluetooth addresses of this patient's devices; others are ignored
 * @param scanFor     how long one discovery runs when a device is missing
 * @param checkEvery  how often the gateway checks that every device is connected
 */
public record BleSettings(Optional<String> busAddress, Optional<String> adapter, Set<String> devices, Duration scanFor,
                          Duration checkEvery) {

    public BleSettings {
        devices = devices.stream().map(a -> a.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}

package org.vigil.client.gateway.intake;

import java.time.Instant;
import java.util.OptionalInt;

/** A BLE device the gateway has heard from, for the health report. */
public record DeviceSeen(String address, Instant lastSeen, OptionalInt batteryPercent) {
}

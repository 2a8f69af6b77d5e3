package org.vigil.client.gateway.simulator;

import java.util.UUID;

/** One characteristic value a simulated device sends. */
public record Emission(String device, UUID characteristic, byte[] value) {
}

package org.vigil.client.gateway.ble;

import java.util.UUID;

/** A characteristic the gateway listens to: its D-Bus object path, its device and its UUID. */
record Subscription(String path, String device, UUID characteristic) {
}

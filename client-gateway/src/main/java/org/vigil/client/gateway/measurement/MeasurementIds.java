package org.vigil.client.gateway.measurement;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Measurement ids. A reading the device time stamped is a stored measurement the device may
 * send again (a cuff re-sends until the gateway confirms); its id is derived from what
 * identifies it, so the repeat gets the same id and the outbox and the server each keep it once.
 * A live reading without a time stamp is never repeated and gets a random id.
 */
public final class MeasurementIds {

    private MeasurementIds() {
    }

    public static UUID of(String device, Reading reading) {
        if (reading.deviceTime().isEmpty()) {
            return UUID.randomUUID();
        }
        String identity = device + '|' + reading.kind().code() + '|' + reading.deviceTime().get() + '|' + reading.value();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }
}

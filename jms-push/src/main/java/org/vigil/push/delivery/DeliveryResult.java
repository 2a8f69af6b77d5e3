package org.vigil.push.delivery;

/** What one attempt on one endpoint came to. */
public sealed interface DeliveryResult {

    /** On the device's connection; the device still has to acknowledge it. */
    record Sent() implements DeliveryResult {
    }

    /** Taken for good: the push service accepted it (its receipt). */
    record Accepted() implements DeliveryResult {
    }

    /** The endpoint cannot be reached now (device offline); not a failure, it will get it on reconnect. */
    record Offline() implements DeliveryResult {
    }

    /** Failed for now; worth retrying later. */
    record Failed(String error) implements DeliveryResult {
    }

    /** Failed for good (subscription gone, request refused): retrying would not help. */
    record Refused(String error) implements DeliveryResult {
    }

    static DeliveryResult sent() {
        return new Sent();
    }

    static DeliveryResult accepted() {
        return new Accepted();
    }

    static DeliveryResult offline() {
        return new Offline();
    }
}

package org.vigil.push.domain;

/**
 * Where one message stands for one endpoint. {@code ACKNOWLEDGED}, {@code EXPIRED} and
 * {@code DEAD} are final, except that an admin's retry of a dead letter re-arms {@code DEAD}.
 */
public enum DeliveryStatus {
    /** Not handed to the endpoint yet (the device is offline, or a retry is due later). */
    PENDING,
    /** Handed to the device's WebSocket; waiting for its acknowledgement, re-sent if none comes. */
    SENT,
    /** The device acknowledged it, or the push service accepted it (201). */
    ACKNOWLEDGED,
    /** The message expired before the endpoint took it. */
    EXPIRED,
    /** Gave up after the last retry; a copy is on the dead-letter queue. */
    DEAD
}

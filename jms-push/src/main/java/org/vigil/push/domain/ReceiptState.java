package org.vigil.push.domain;

/**
 * A delivery's state as its sender sees it on a receipt, in the words of the push protocol
 * rather than the server's internal {@link DeliveryStatus}.
 */
public enum ReceiptState {
    /** Not handed to the endpoint yet (the device is offline). */
    PENDING("pending"),
    /** Handed to the device's open connection, its acknowledgement not in yet. */
    DELIVERED("delivered"),
    /** The device acknowledged it, or the push service accepted it. */
    ACKNOWLEDGED("acknowledged"),
    /** The last attempt failed; another follows after a backoff. */
    FAILED("failed"),
    /** Given up: on the dead-letter queue for an admin. */
    DEAD_LETTERED("dead-lettered"),
    /** Nobody took it before it expired. */
    EXPIRED("expired");

    private final String word;

    ReceiptState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static ReceiptState of(DeliveryStatus status, int attempts) {
        return switch (status) {
            case PENDING -> attempts == 0 ? PENDING : FAILED;
            case SENT -> DELIVERED;
            case ACKNOWLEDGED -> ACKNOWLEDGED;
            case DEAD -> DEAD_LETTERED;
            case EXPIRED -> EXPIRED;
        };
    }
}

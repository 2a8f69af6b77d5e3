package org.vigil.client.gateway.outbox;

/** The outbox's storage failed (disk error, corrupt file): nothing of the operation happened. */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.vigil.client.gateway.outbox;

/**
 * The outbox is at capacity and nothing in it may be given up for the new measurements: they
 * are not stored and must not be acknowledged to the device, which then keeps them (an
 * indicating cuff re-sends what was not confirmed) or loses only live samples.
 */
public class OutboxFullException extends Exception {

    public OutboxFullException(String message) {
        super(message);
    }
}

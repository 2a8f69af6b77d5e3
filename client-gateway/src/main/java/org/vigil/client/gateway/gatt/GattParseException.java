package org.vigil.client.gateway.gatt;

/**
 * A characteristic value that does not follow its specification: too short, a length that
 * does not match its flags, or a value the specification prohibits. Nothing from it is used.
 */
public class GattParseException extends Exception {

    public GattParseException(String message) {
        super(message);
    }
}

package org.vigil.care.domain.series;

/** A page token that was altered, forged, or issued for another query: a client error, never a server one. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}

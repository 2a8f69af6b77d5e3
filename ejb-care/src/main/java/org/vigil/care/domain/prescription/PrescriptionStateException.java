package org.vigil.care.domain.prescription;

/**
 * A step the prescription's state does not allow: out of order, a second pickup, a cancellation
 * after pickup, a dispensing after expiry. Nothing was changed.
 */
public class PrescriptionStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrescriptionStateException(String message) {
        super(message);
    }
}

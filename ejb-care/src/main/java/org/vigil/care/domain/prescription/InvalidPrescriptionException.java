package org.vigil.care.domain.prescription;

/** A draft that cannot be a prescription: an item without dose or quantity, a validity that ends before it starts. */
public class InvalidPrescriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPrescriptionException(String message) {
        super(message);
    }
}

package org.vigil.care.domain.prescription;

/** A nurse's confirmation that is not her device's signature over this step of this prescription. */
public class InvalidConfirmationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfirmationException(String message) {
        super(message);
    }
}

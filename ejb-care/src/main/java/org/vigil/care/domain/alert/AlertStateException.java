package org.vigil.care.domain.alert;

/** A step the alert's current state does not allow (acknowledging a closed alert, snoozing without a reason). */
public class AlertStateException extends RuntimeException {

    public AlertStateException(String message) {
        super(message);
    }
}

package org.vigil.identity.application;

import jakarta.ejb.ApplicationException;

import org.vigil.platform.problem.ProblemException;

/** A code could not be handed to the mail server or SMS gateway: nothing was kept, try again. */
@ApplicationException(rollback = true)
public class DeliveryFailedException extends ProblemException {

    public DeliveryFailedException(String channel, Throwable cause) {
        super(503, "delivery-failed", "Delivery failed", "The " + channel + " could not be sent now; nothing was saved. Try again later.");
        initCause(cause);
    }
}

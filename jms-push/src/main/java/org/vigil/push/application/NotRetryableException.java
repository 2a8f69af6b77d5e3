package org.vigil.push.application;

import jakarta.ejb.ApplicationException;

import org.vigil.platform.problem.ProblemException;

/** The dead letter is not a readable push notification (or not the push server's): drop it instead. */
@ApplicationException(rollback = true)
public class NotRetryableException extends ProblemException {

    public NotRetryableException(String id) {
        super(409, "dead-letter-not-retryable", "Not retryable",
                "The dead letter " + id + " is not a readable push notification; it can only be dropped.");
    }
}

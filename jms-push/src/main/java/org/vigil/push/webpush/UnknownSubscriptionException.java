package org.vigil.push.webpush;

import org.vigil.platform.problem.ProblemException;

/** No subscription of the caller's person has that id. */
public class UnknownSubscriptionException extends ProblemException {

    public UnknownSubscriptionException(String id) {
        super(404, "unknown-push-subscription", "Unknown push subscription", "No subscription of yours has the id " + id + ".");
    }
}

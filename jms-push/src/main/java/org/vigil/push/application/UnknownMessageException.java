package org.vigil.push.application;

import org.vigil.platform.problem.ProblemException;

/** No message of the calling application has that id (another application's is just as unknown). */
public class UnknownMessageException extends ProblemException {

    public UnknownMessageException(String id) {
        super(404, "unknown-push-message", "Unknown push message", "No message sent by this application has the id " + id + ".");
    }
}

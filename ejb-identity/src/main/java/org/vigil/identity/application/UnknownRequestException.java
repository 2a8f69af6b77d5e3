package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** No approval request of the caller's account has this id. */
public class UnknownRequestException extends ProblemException {

    public UnknownRequestException(String detail) {
        super(404, "unknown-request", "Unknown request", detail);
    }
}

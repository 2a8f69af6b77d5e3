package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The request expired before it was decided. */
public class RequestExpiredException extends ProblemException {

    public RequestExpiredException(String detail) {
        super(410, "request-expired", "Request expired", detail);
    }
}

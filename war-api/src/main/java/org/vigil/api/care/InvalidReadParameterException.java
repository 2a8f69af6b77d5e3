package org.vigil.api.care;

import org.vigil.platform.problem.ProblemException;

/** 400: a query parameter of a read that cannot be understood. */
public class InvalidReadParameterException extends ProblemException {

    public InvalidReadParameterException(String detail) {
        super(400, "invalid-request", "Invalid request", detail);
    }
}

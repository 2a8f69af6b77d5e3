package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The enrollment code is unknown, used or expired. */
public class InvalidEnrollmentCodeException extends ProblemException {

    public InvalidEnrollmentCodeException(String detail) {
        super(400, "invalid-enrollment-code", "Invalid enrollment code", detail);
    }
}

package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** No sign-up has this id. */
public class UnknownSignUpException extends ProblemException {

    public UnknownSignUpException(String detail) {
        super(404, "unknown-sign-up", "Unknown sign-up", detail);
    }
}

package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The email address or phone number belongs to an account already. */
public class AlreadyRegisteredException extends ProblemException {

    public AlreadyRegisteredException(String detail) {
        super(409, "already-registered", "Already registered", detail);
    }
}

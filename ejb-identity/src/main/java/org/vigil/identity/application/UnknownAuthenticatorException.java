package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** No authenticator of the caller's account has this id. */
public class UnknownAuthenticatorException extends ProblemException {

    public UnknownAuthenticatorException(String detail) {
        super(404, "unknown-authenticator", "Unknown authenticator", detail);
    }
}

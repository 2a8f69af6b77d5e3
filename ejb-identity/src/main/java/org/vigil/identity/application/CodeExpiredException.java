package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The one-time code is no longer valid; ask for a new one. */
public class CodeExpiredException extends ProblemException {

    public CodeExpiredException(String detail) {
        super(400, "code-expired", "Code expired", detail);
    }
}

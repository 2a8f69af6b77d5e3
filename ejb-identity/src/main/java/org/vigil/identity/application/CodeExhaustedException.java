package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The one-time code was typed wrong too often; ask for a new one. */
public class CodeExhaustedException extends ProblemException {

    public CodeExhaustedException(String detail) {
        super(400, "code-exhausted", "Too many wrong codes", detail);
    }
}

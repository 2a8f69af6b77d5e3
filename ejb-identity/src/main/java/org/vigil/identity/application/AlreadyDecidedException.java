package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The request was approved or denied already; it is decided once. */
public class AlreadyDecidedException extends ProblemException {

    public AlreadyDecidedException(String detail) {
        super(409, "already-decided", "Already decided", detail);
    }
}

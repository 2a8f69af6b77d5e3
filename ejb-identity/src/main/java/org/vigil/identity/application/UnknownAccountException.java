package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** No account has this id. */
public class UnknownAccountException extends ProblemException {

    public UnknownAccountException(Object accountId) {
        super(404, "unknown-account", "Unknown account", "No account has the id " + accountId + ".");
    }
}

package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** 403: only the person, through one of Vigil's own applications, sees and withdraws what they allowed outside ones. */
public class AppGrantsForbiddenException extends ProblemException {

    public AppGrantsForbiddenException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}

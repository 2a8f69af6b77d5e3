package org.vigil.platform.access;

import org.vigil.platform.problem.ProblemException;

/** 403: authenticated, not allowed to administer. */
public final class AdminForbidden extends ProblemException {

    AdminForbidden(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}

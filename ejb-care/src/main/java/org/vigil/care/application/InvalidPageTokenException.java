package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

/** 400: a page token that was altered, forged, or issued for another query. */
public class InvalidPageTokenException extends ProblemException {

    public InvalidPageTokenException(String reason) {
        super(400, "invalid-page-token", "Invalid page token", "The page token cannot be used: " + reason + ".");
    }
}

package org.vigil.api.fhir;

import org.vigil.platform.problem.ProblemException;

/** 400: a search parameter Vigil cannot apply; FHIR servers refuse rather than ignore what they do not understand in a required sense. */
public class InvalidSearchException extends ProblemException {

    public InvalidSearchException(String detail) {
        super(400, "invalid-search", "Invalid search", detail);
    }
}

package org.vigil.api.fhir;

import org.vigil.platform.problem.ProblemException;

/** 404: no resource of this type has this id. */
public class UnknownResourceException extends ProblemException {

    public UnknownResourceException(String type, String id) {
        super(404, "unknown-resource", "Unknown resource", "There is no " + type + " with the id " + id + ".");
    }
}

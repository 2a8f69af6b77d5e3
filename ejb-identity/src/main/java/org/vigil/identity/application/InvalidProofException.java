package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The enrollment proof does not show that the device holds the key it enrolls. */
public class InvalidProofException extends ProblemException {

    public InvalidProofException(String detail) {
        super(400, "invalid-proof", "Invalid proof of possession", detail);
    }
}

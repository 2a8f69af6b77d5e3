package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The decision's signature does not verify against the request: altered, or signed by another key. */
public class InvalidSignatureException extends ProblemException {

    public InvalidSignatureException(String detail) {
        super(400, "invalid-signature", "Invalid signature", detail);
    }
}

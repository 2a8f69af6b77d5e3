package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** This public key is enrolled already. */
public class KeyAlreadyEnrolledException extends ProblemException {

    public KeyAlreadyEnrolledException(String detail) {
        super(409, "key-already-enrolled", "Key already enrolled", detail);
    }
}

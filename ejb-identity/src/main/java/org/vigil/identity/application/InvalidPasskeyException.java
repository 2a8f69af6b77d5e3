package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The passkey's answer did not verify: wrong origin or RP id, no user verification, a bad signature or a sign count that went back. */
public class InvalidPasskeyException extends ProblemException {

    public InvalidPasskeyException(String detail) {
        super(400, "invalid-passkey", "Passkey refused", detail);
    }
}

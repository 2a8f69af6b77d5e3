package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The credential is not this device's passkey: unknown, another device's, or removed. */
public class UnknownPasskeyException extends ProblemException {

    public UnknownPasskeyException(String detail) {
        super(400, "unknown-passkey", "Unknown passkey", detail);
    }
}

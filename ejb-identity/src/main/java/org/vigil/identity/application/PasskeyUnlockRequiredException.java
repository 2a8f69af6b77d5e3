package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The device has a passkey and was not unlocked with it recently: it approves nothing until then. */
public class PasskeyUnlockRequiredException extends ProblemException {

    public PasskeyUnlockRequiredException(String detail) {
        super(403, "passkey-unlock-required", "Passkey unlock required", detail);
    }
}

package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** The challenge is unknown, expired, already answered or was issued to another device or ceremony. */
public class InvalidPasskeyChallengeException extends ProblemException {

    public InvalidPasskeyChallengeException(String detail) {
        super(400, "invalid-passkey-challenge", "Invalid passkey challenge", detail);
    }
}

package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** 403: chip evidence comes only from an enrolled KYC terminal, with its own token (never a person's). */
public class KycTerminalRequiredException extends ProblemException {

    public KycTerminalRequiredException() {
        super(403, "forbidden", "Forbidden", "Chip evidence is accepted from an enrolled KYC terminal with its own token only.");
    }
}

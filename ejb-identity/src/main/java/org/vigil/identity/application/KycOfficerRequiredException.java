package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** 403: level-3 work is for a person holding the kyc-officer role, signed in through one of Vigil's own applications. */
public class KycOfficerRequiredException extends ProblemException {

    public KycOfficerRequiredException() {
        super(403, "kyc-officer-required", "Forbidden", "This call is for KYC officers signed in through one of Vigil's own applications.");
    }
}

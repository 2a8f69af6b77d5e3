package org.vigil.identity.application;

import org.vigil.platform.problem.ProblemException;

/** 404: the person has no level-2 evidence of this kind (no chip read, or the face image was not kept). */
public class KycEvidenceMissingException extends ProblemException {

    public KycEvidenceMissingException(String detail) {
        super(404, "no-kyc-evidence", "No such KYC evidence", detail);
    }
}

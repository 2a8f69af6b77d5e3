package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** 404: no signing keys of that algorithm; Vigil signs with ES256 and RS256. */
public class UnknownSigningAlgorithmException extends ProblemException {

    public UnknownSigningAlgorithmException(String alg) {
        super(404, "unknown-algorithm", "Unknown algorithm", "Vigil signs with ES256 and RS256, not " + alg + ".");
    }
}

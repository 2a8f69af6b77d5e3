package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** No client has this id. */
public class UnknownClientException extends ProblemException {

    public UnknownClientException(String clientId) {
        super(404, "unknown-client", "Unknown client", "No client has the id " + clientId + ".");
    }
}

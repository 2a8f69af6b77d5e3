package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** No initial access token has this id. */
public class UnknownInitialAccessTokenException extends ProblemException {

    public UnknownInitialAccessTokenException(String id) {
        super(404, "unknown-initial-access-token", "Unknown initial access token", "No initial access token has the id " + id + ".");
    }
}

package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** A client id is taken. */
public class ClientAlreadyExistsException extends ProblemException {

    public ClientAlreadyExistsException(String clientId) {
        super(409, "client-exists", "Client exists", "A client with the id " + clientId + " is registered already.");
    }
}

package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

/** The caller is authenticated but enrolled as no active gateway: it may upload nothing. */
public class UnknownGatewayException extends ProblemException {

    public UnknownGatewayException(String clientId) {
        super(403, "not-a-gateway", "Not a gateway", "The client " + clientId + " is not an active gateway of any patient.");
    }
}

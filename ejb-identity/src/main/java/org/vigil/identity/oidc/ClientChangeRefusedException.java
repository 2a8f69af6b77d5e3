package org.vigil.identity.oidc;

import org.vigil.platform.problem.ProblemException;

/** A change that cannot apply to this client as it stands (a secret for a client that has none, a client the server manages). */
public class ClientChangeRefusedException extends ProblemException {

    public ClientChangeRefusedException(String detail) {
        super(409, "client-change-refused", "Change refused", detail);
    }
}

package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

/** 403: the read audit trail is for admins. */
public class AuditReadRefusedException extends ProblemException {

    public AuditReadRefusedException() {
        super(403, "forbidden", "Forbidden", "Only admins may read the audit trail of patient data.");
    }
}

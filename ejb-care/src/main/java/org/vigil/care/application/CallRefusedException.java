package org.vigil.care.application;

import jakarta.ejb.ApplicationException;

/**
 * A call request refused before it changed anything, named by a stable code the signaling sends
 * to the caller ({@code not-assigned}, {@code not-a-party}, {@code wrong-state}, ...). It does not
 * roll back: a refused call attempt stays on the patient's read-audit trail.
 */
@ApplicationException(rollback = false)
public class CallRefusedException extends RuntimeException {

    private final String code;

    public CallRefusedException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package org.vigil.identity.proof;

/** A signed proof from a device that does not hold: the reason says which check failed. */
public class ProofException extends RuntimeException {

    public ProofException(String reason) {
        super(reason);
    }

    public ProofException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package org.vigil.documents.trust;

/** A trust service could not do its work: a key is unusable, a store cannot be read or written. */
public class TrustServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrustServiceException(String message) {
        super(message);
    }

    public TrustServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}

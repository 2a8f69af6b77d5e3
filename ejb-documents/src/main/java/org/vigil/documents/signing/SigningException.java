package org.vigil.documents.signing;

/** A signature could not be made or completed; the message says why in the signer's terms. */
public class SigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.vigil.platform.secrets;

/** A signing key pair in the PKCS#11 token cannot be made, found or used; the message says which and where. */
public class TokenKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenKeyException(String message) {
        super(message);
    }

    public TokenKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}

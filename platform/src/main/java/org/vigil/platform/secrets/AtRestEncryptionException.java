package org.vigil.platform.secrets;

/** The at-rest keys cannot be had, or a sealed value does not open: never the server's data's fault alone, so never silent. */
public class AtRestEncryptionException extends RuntimeException {

    public AtRestEncryptionException(String message) {
        super(message);
    }

    public AtRestEncryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}

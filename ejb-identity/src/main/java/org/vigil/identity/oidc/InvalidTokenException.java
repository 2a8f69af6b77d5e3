package org.vigil.identity.oidc;

/** A bearer token that does not hold (RFC 6750 {@code invalid_token}). */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String reason) {
        super(reason);
    }
}

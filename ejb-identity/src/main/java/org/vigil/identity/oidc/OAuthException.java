package org.vigil.identity.oidc;

import jakarta.ejb.ApplicationException;

import com.nimbusds.oauth2.sdk.ErrorObject;

/**
 * A refusal in OAuth's own terms ({@code invalid_grant}, {@code invalid_client}...): OIDC
 * endpoints answer with these, never with problem+json.
 */
@ApplicationException(rollback = false)
public class OAuthException extends RuntimeException {

    private final transient ErrorObject error;

    public OAuthException(ErrorObject error, String description) {
        super(description);
        this.error = error.setDescription(description);
    }

    public ErrorObject error() {
        return error;
    }
}

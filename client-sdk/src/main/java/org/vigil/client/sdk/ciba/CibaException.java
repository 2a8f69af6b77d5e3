package org.vigil.client.sdk.ciba;

import com.nimbusds.oauth2.sdk.ErrorObject;

/** The provider refused a CIBA request or its redemption, in CIBA's own terms ({@code access_denied}, {@code expired_token}...). */
public class CibaException extends Exception {

    private final transient ErrorObject error;

    public CibaException(ErrorObject error) {
        super(error.getCode() + (error.getDescription() == null ? "" : ": " + error.getDescription()));
        this.error = error;
    }

    /** The OAuth error code, e.g. {@code access_denied}. */
    public String code() {
        return error.getCode();
    }

    public ErrorObject error() {
        return error;
    }
}

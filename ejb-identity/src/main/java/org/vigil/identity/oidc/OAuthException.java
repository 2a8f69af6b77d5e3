package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;

import jakarta.ejb.ApplicationException;

import com.nimbusds.oauth2.sdk.ErrorObject;

/**
 * A refusal in OAuth's own terms ({@code invalid_grant}, {@code invalid_client}...): OIDC
 * endpoints answer with these, never with problem+json.
 */
@ApplicationException(rollback = false)
public class OAuthException extends RuntimeException {

    private final transient ErrorObject error;
    private final boolean basicChallenge;
    private final transient Duration retryAfter;

    public OAuthException(ErrorObject error, String description) {
        this(error, description, false, null);
    }

    private OAuthException(ErrorObject error, String description, boolean basicChallenge, Duration retryAfter) {
        super(description);
        this.error = error.setDescription(description);
        this.basicChallenge = basicChallenge;
        this.retryAfter = retryAfter;
    }

    /** {@code invalid_client} for a client that authenticated with HTTP Basic, to be answered with the Basic challenge (RFC 6749 §5.2). */
    public static OAuthException withBasicChallenge(ErrorObject error, String description) {
        return new OAuthException(error, description, true, null);
    }

    /** Too many attempts: HTTP 429 {@code slow_down}, with when to come back. */
    public static OAuthException slowDown(String description, Duration retryAfter) {
        return new OAuthException(new ErrorObject("slow_down", null, 429), description, false, retryAfter);
    }

    /** The same with another error code (CIBA's {@code invalid_user_code}). */
    public static OAuthException tooMany(String code, String description, Duration retryAfter) {
        return new OAuthException(new ErrorObject(code, null, 429), description, false, retryAfter);
    }

    public ErrorObject error() {
        return error;
    }

    public boolean basicChallenge() {
        return basicChallenge;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package org.vigil.api.security;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** No access token, or one that does not hold: 401 with the RFC 6750 challenge. */
public class InvalidBearerTokenException extends ProblemException {

    private final String reason;

    public InvalidBearerTokenException(String reason) {
        super(401, "invalid-token", "Invalid access token",
                reason == null ? "This call needs an access token (Authorization: Bearer)." : "The access token is not valid: " + reason + ".");
        this.reason = reason;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", reason == null ? "Bearer realm=\"vigil\""
                : "Bearer realm=\"vigil\", error=\"invalid_token\", error_description=\"" + reason + "\"");
    }
}

package org.vigil.identity.oidc;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * Vigil's {@code login_hint_token} (CIBA Core leaves its form to the provider): a JWT the client
 * signs with one of its registered keys (ES256, PS256 or RS256), with {@code iss} its client_id,
 * {@code aud} the issuer, an {@code exp} at most 10 minutes ahead, and a {@code sub_id} subject
 * identifier (RFC 9493) of format {@code email}, {@code phone_number} or {@code opaque} (the
 * person's subject). Clients with no registered keys cannot use it.
 */
final class LoginHintTokenCheck {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256, JWSAlgorithm.RS256);

    private LoginHintTokenCheck() {
    }

    /** @return the hint in login_hint's own terms: an email, a phone number or a subject */
    static String hint(String token, String clientId, JWKSet clientKeys, String issuer, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("login_hint_token must be a signed JWT");
        }
        if (!ALLOWED.contains(jwt.getHeader().getAlgorithm())) {
            throw invalid("login_hint_token must be signed with ES256, PS256 or RS256");
        }
        if (clientKeys.getKeys().isEmpty() || !ClientAssertionCheck.verifiedByAnyKey(jwt, clientKeys)) {
            throw invalid("login_hint_token's signature does not verify with the client's registered keys");
        }
        List<String> aud = claims.getAudience();
        if (!clientId.equals(claims.getIssuer()) || aud == null || !aud.contains(issuer)) {
            throw invalid("login_hint_token's iss must be the client_id and its aud the issuer");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(now.minus(SignedCibaRequestCheck.CLOCK_SKEW))
                || exp.toInstant().isAfter(now.plus(MAX_LIFETIME))) {
            throw invalid("login_hint_token must carry an exp at most " + MAX_LIFETIME.toMinutes() + " minutes ahead, not past");
        }
        Object subId = claims.getClaim("sub_id");
        if (!(subId instanceof Map<?, ?> id) || !(id.get("format") instanceof String format)) {
            throw invalid("login_hint_token needs a sub_id with a format");
        }
        Object value = switch (format) {
            case "email" -> id.get("email");
            case "phone_number" -> id.get("phone_number");
            case "opaque" -> id.get("id");
            default -> throw invalid("sub_id format must be email, phone_number or opaque");
        };
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid("sub_id of format " + format + " lacks its value");
        }
        return text;
    }

    private static OAuthException invalid(String why) {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, why + ".");
    }
}

package org.vigil.identity.oidc;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * A signed authentication request (CIBA Core §7.1.1, FAPI-CIBA §5.2.2): signed with the
 * algorithm the client registered, by one of its registered keys; issued by the client for this
 * provider; carrying exp, iat, nbf and jti, valid now and for at most 60 minutes. The caller
 * guards the jti against replay until the returned expiry.
 */
final class SignedCibaRequestCheck {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(60);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** The claims about the request object itself; every other claim is a request parameter. */
    static final Set<String> ENVELOPE = Set.of("iss", "aud", "exp", "iat", "nbf", "jti");

    /** A valid request object's claims and its replay key. */
    record Checked(JWTClaimsSet claims, String jti, Instant expiresAt) {
    }

    private SignedCibaRequestCheck() {
    }

    static Checked check(SignedJWT request, String registeredAlg, String clientId, JWKSet clientKeys, String issuer, Instant now) {
        JWSAlgorithm alg = request.getHeader().getAlgorithm();
        if (registeredAlg == null || !registeredAlg.equals(alg.getName())) {
            throw invalid("the request object must be signed with " + registeredAlg);
        }
        if (!ClientAssertionCheck.verifiedByAnyKey(request, clientKeys)) {
            throw invalid("the request object's signature does not verify with the client's keys");
        }
        JWTClaimsSet claims;
        try {
            claims = request.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("the request object's claims are unreadable");
        }
        if (!clientId.equals(claims.getIssuer())) {
            throw invalid("the request object's iss must be the client_id");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(issuer)) {
            throw invalid("the request object's aud must be the issuer " + issuer);
        }
        Instant exp = instant(claims.getExpirationTime(), "exp");
        Instant iat = instant(claims.getIssueTime(), "iat");
        Instant nbf = instant(claims.getNotBeforeTime(), "nbf");
        if (!now.minus(CLOCK_SKEW).isBefore(exp)) {
            throw invalid("the request object has expired");
        }
        if (nbf.isAfter(now.plus(CLOCK_SKEW)) || iat.isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid("the request object is not valid yet");
        }
        if (exp.isAfter(nbf.plus(MAX_LIFETIME)) || nbf.isBefore(now.minus(MAX_LIFETIME))) {
            throw invalid("the request object may live at most " + MAX_LIFETIME.toMinutes() + " minutes from nbf");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw invalid("the request object needs a jti");
        }
        return new Checked(claims, jti, exp.plus(CLOCK_SKEW));
    }

    private static Instant instant(Date date, String claim) {
        if (date == null) {
            throw invalid("the request object needs " + claim);
        }
        return date.toInstant();
    }

    private static OAuthException invalid(String why) {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, why + ".");
    }
}

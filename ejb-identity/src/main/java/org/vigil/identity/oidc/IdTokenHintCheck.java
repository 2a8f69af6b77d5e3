package org.vigil.identity.oidc;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * An {@code id_token_hint} (CIBA Core §7.1): an ID token this provider signed (a key it still
 * publishes) for the requesting client. It may have expired, as the specification allows: it
 * names the person, it grants nothing.
 */
final class IdTokenHintCheck {

    private IdTokenHintCheck() {
    }

    /** @return the subject the ID token names */
    static String subject(JWT hint, String clientId, JWKSet published, String issuer) {
        if (!(hint instanceof SignedJWT jwt) || !SigningKeyRing.ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw invalid("id_token_hint must be an ID token this provider signed");
        }
        JOSEObjectType type = jwt.getHeader().getType();
        if (type != null && !JOSEObjectType.JWT.equals(type)) {
            throw invalid("id_token_hint must be an ID token, not " + type);
        }
        if (!ClientAssertionCheck.verifiedByAnyKey(jwt, published)) {
            throw invalid("id_token_hint's signature does not verify with this provider's keys");
        }
        try {
            var claims = jwt.getJWTClaimsSet();
            List<String> aud = claims.getAudience();
            if (!issuer.equals(claims.getIssuer()) || aud == null || !aud.contains(clientId) || claims.getSubject() == null) {
                throw invalid("id_token_hint was not issued by this provider to this client");
            }
            return claims.getSubject();
        } catch (ParseException e) {
            throw invalid("id_token_hint's claims are unreadable");
        }
    }

    private static OAuthException invalid(String why) {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, why + ".");
    }
}

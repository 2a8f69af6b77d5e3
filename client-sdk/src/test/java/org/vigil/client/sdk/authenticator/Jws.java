package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

/**
 * A compact JWS as a verifier sees it: the header and claims exactly as serialized (not as
 * Nimbus models them), after checking the signature against a public JWK.
 */
record Jws(Map<String, Object> header, Map<String, Object> claims) {

    static Jws verified(String compact, ECKey publicJwk) {
        try {
            SignedJWT jws = SignedJWT.parse(compact);
            assertThat(jws.verify(new ECDSAVerifier(publicJwk))).as("signature verifies with the public JWK").isTrue();
            return new Jws(JSONObjectUtils.parse(jws.getHeader().toBase64URL().decodeToString()),
                    JSONObjectUtils.parse(jws.getPayload().toBase64URL().decodeToString()));
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a valid JWS: " + compact, e);
        }
    }

    long seconds(String claim) {
        return ((Number) claims.get(claim)).longValue();
    }
}

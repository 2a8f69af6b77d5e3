package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

class SignedCibaRequestCheckTest {

    private static final String ISSUER = "https://vigil.example.org";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final ECKey key = key();
    private final JWKSet registered = new JWKSet(key.toPublicJWK());

    @Test
    void aWellFormedRequestYieldsItsClaimsAndReplayKey() throws Exception {
        SignedCibaRequestCheck.Checked checked = SignedCibaRequestCheck.check(sign(key, claims().build()), "ES256", "station", registered,
                ISSUER, NOW);

        assertThat(checked.claims().getStringClaim("login_hint")).isEqualTo("dora@vigil.demo");
        assertThat(checked.jti()).isEqualTo("j-1");
    }

    @Test
    void everyBrokenRuleIsInvalidRequest() {
        assertRefused(sign(key, claims().build()), "PS256");
        assertRefused(sign(key(), claims().build()), "ES256");
        assertRefused(sign(key, claims().issuer("other").build()), "ES256");
        assertRefused(sign(key, claims().audience("https://elsewhere").build()), "ES256");
        assertRefused(sign(key, claims().expirationTime(Date.from(NOW.minusSeconds(120))).build()), "ES256");
        assertRefused(sign(key, claims().notBeforeTime(Date.from(NOW.plusSeconds(300))).build()), "ES256");
        assertRefused(sign(key, claims().expirationTime(Date.from(NOW.plusSeconds(61 * 60))).build()), "ES256");
        assertRefused(sign(key, claims().issueTime(null).build()), "ES256");
        assertRefused(sign(key, claims().jwtID(null).build()), "ES256");
    }

    private void assertRefused(SignedJWT request, String alg) {
        assertThatThrownBy(() -> SignedCibaRequestCheck.check(request, alg, "station", registered, ISSUER, NOW))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_request"));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer("station").audience(ISSUER).issueTime(Date.from(NOW)).notBeforeTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(300))).jwtID("j-1").claim("scope", "openid").claim("login_hint", "dora@vigil.demo");
    }

    private static SignedJWT sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey key() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

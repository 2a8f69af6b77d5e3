package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.vigil.identity.oidc.keys.ActiveSigningKey;

class LogoutTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String ISSUER = "https://vigil.example.org";

    private final ECKey ec = generateEc();
    private final RSAKey rsa = generateRsa();
    private final LogoutTokens tokens = new LogoutTokens(ISSUER, alg -> ActiveSigningKey.of(alg.equals(JWSAlgorithm.RS256) ? rsa : ec, alg),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aLogoutTokenMeetsBackChannelLogoutSection24() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.make("rp-a", JWSAlgorithm.ES256, "account-1", "sid-1"));

        assertThat(jwt.getHeader().getType().getType()).isEqualTo("logout+jwt");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("ec-1");
        assertThat(jwt.verify(new ECDSAVerifier(ec.toPublicJWK()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly("rp-a");
        assertThat(claims.getSubject()).isEqualTo("account-1");
        assertThat(claims.getStringClaim("sid")).isEqualTo("sid-1");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(LogoutTokens.LIFETIME)).isBeforeOrEqualTo(NOW.plusSeconds(120));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getJSONObjectClaim("events")).isEqualTo(Map.of(LogoutTokens.EVENT, Map.of()));
        assertThat(claims.getClaims()).doesNotContainKey("nonce");
    }

    @Test
    void aClientWhoseIdTokensAreRs256GetsRs256AndEachTokenItsOwnJti() throws Exception {
        SignedJWT first = SignedJWT.parse(tokens.make("rp-b", JWSAlgorithm.RS256, "account-1", "sid-1"));
        SignedJWT second = SignedJWT.parse(tokens.make("rp-b", JWSAlgorithm.RS256, "account-1", "sid-1"));

        assertThat(first.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.verify(new RSASSAVerifier(rsa.toPublicJWK()))).isTrue();
        assertThat(first.getJWTClaimsSet().getJWTID()).isNotEqualTo(second.getJWTClaimsSet().getJWTID());
    }

    private static ECKey generateEc() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateRsa() {
        try {
            return new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

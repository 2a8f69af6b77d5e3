package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

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

class LoginHintTokenCheckTest {

    private static final String ISSUER = "https://vigil.example.org";

    private final ECKey key = key();
    private final JWKSet registered = new JWKSet(key.toPublicJWK());

    @Test
    void eachSubjectIdentifierFormatNamesThePerson() {
        assertThat(hint(key, Map.of("format", "email", "email", "dora@vigil.demo"))).isEqualTo("dora@vigil.demo");
        assertThat(hint(key, Map.of("format", "phone_number", "phone_number", "+41790000002"))).isEqualTo("+41790000002");
        assertThat(hint(key, Map.of("format", "opaque", "id", "4b1c"))).isEqualTo("4b1c");
    }

    @Test
    void foreignKeysUnknownFormatsAndMissingValuesAreRefused() {
        assertRefused(() -> hint(key(), Map.of("format", "email", "email", "dora@vigil.demo")));
        assertRefused(() -> hint(key, Map.of("format", "did", "url", "did:example:1")));
        assertRefused(() -> hint(key, Map.of("format", "email")));
        assertRefused(() -> LoginHintTokenCheck.hint("not-a-jwt", "station", registered, ISSUER, Instant.now()));
        assertRefused(() -> LoginHintTokenCheck.hint(sign(key, new JWTClaimsSet.Builder().issuer("station").audience(ISSUER)
                .claim("sub_id", Map.of("format", "email", "email", "a@b.c")).build()), "station", registered, ISSUER, Instant.now()));
    }

    private String hint(ECKey signer, Map<String, Object> subId) {
        String token = sign(signer, new JWTClaimsSet.Builder().issuer("station").audience(ISSUER).claim("sub_id", subId)
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
        return LoginHintTokenCheck.hint(token, "station", registered, ISSUER, Instant.now());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OAuthException.class,
                e -> assertThat(e.error().getCode()).isEqualTo("invalid_request"));
    }

    private static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
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

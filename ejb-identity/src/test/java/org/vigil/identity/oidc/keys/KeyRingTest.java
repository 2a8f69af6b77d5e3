package org.vigil.identity.oidc.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.identity.domain.SigningKey;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.Pkcs11KeyPairs;
import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.testsupport.SoftHsmToken;

/** The key ring on a real SoftHSM2 token, with the database played by an in-memory table. */
class KeyRingTest {

    private static Pkcs11KeyPairs token;

    private final InMemorySigningKeys rows = new InMemorySigningKeys();
    private final AtRestEncryption encryption = new AtRestEncryption(new OneAtRestKey("test-at-rest"));
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));

    @BeforeAll
    static void openToken() throws Exception {
        token = Pkcs11KeyPairs.open(SoftHsmToken.shared().configuration(), SoftHsmToken.PIN.toCharArray());
    }

    @Test
    void keysAreMadeInTheTokenNotExtractableAndTokensVerifyWithThePublishedJwk() throws Exception {
        KeyRing ring = ringWithToken(token);

        for (JWSAlgorithm alg : KeyRing.ALGORITHMS) {
            String idToken = ring.signingKey(alg).sign(JOSEObjectType.JWT, idTokenClaims());

            SignedJWT jwt = SignedJWT.parse(idToken);
            String kid = jwt.getHeader().getKeyID();
            SigningKey row = rows.row(kid);
            assertThat(row.storedPrivateKey()).as("the row keeps a reference, never the key").isEqualTo("pkcs11:object=vigil-oidc-" + kid);
            assertThat(row.publicJwk().isPrivate()).isFalse();
            assertThat(token.find("vigil-oidc-" + kid)).hasValueSatisfying(pair ->
                    assertThat(pair.privateKey().getEncoded()).as("sensitive, not extractable").isNull());
            JWK published = ring.published().getKeyByKeyId(kid);
            assertThat(published.isPrivate()).isFalse();
            assertThat(published.getAlgorithm()).isEqualTo(alg);
            assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(alg);
            assertThat(jwt.verify(verifier(published))).as(alg + " signed inside the token").isTrue();
        }
    }

    @Test
    void rotationRetiresPublishesForADayAndThenDestroysTheTokenObject() throws Exception {
        KeyRing ring = ringWithToken(token);
        String first = ring.signingKey(JWSAlgorithm.ES256).kid();

        clock.advance(KeyRing.ROTATE_AFTER.plusMinutes(1));
        String second = ring.signingKey(JWSAlgorithm.ES256).kid();

        assertThat(second).isNotEqualTo(first);
        assertThat(rows.row(first).isActive()).isFalse();
        assertThat(ring.published().getKeyByKeyId(first)).as("published one more day").isNotNull();
        assertThat(token.find("vigil-oidc-" + first)).isPresent();

        clock.advance(KeyRing.PUBLISHED_AFTER_RETIREMENT.plusMinutes(1));
        SigningKey third = ring.rotate(JWSAlgorithm.ES256);

        assertThat(ring.published().getKeyByKeyId(first)).isNull();
        assertThat(token.find("vigil-oidc-" + first)).as("no longer published: destroyed").isEmpty();
        assertThat(token.find("vigil-oidc-" + second)).as("retired, still published").isPresent();
        String signed = ring.signingKey(JWSAlgorithm.ES256).sign(JOSEObjectType.JWT, idTokenClaims());
        assertThat(SignedJWT.parse(signed).getHeader().getKeyID()).isEqualTo(third.kid());
        assertThat(SignedJWT.parse(signed).verify(verifier(ring.published().getKeyByKeyId(third.kid())))).isTrue();
    }

    @Test
    void aKeyOneNodeMadeIsFoundAndUsedByAnother() throws Exception {
        Pkcs11KeyPairs otherNodesToken = Pkcs11KeyPairs.open(SoftHsmToken.shared().configuration(), SoftHsmToken.PIN.toCharArray());
        KeyRing otherNode = ringWithToken(otherNodesToken);
        otherNode.published();
        KeyRing thisNode = ringWithToken(token);

        SigningKey rotated = thisNode.rotate(JWSAlgorithm.RS256);
        clock.advance(KeyRing.REREAD_AFTER.plusSeconds(1));

        ActiveSigningKey used = otherNode.signingKey(JWSAlgorithm.RS256);
        assertThat(used.kid()).isEqualTo(rotated.kid());
        SignedJWT jwt = SignedJWT.parse(used.sign(JOSEObjectType.JWT, idTokenClaims()));
        assertThat(jwt.verify(verifier(thisNode.published().getKeyByKeyId(rotated.kid())))).isTrue();
    }

    @Test
    void aMissingTokenObjectIsAClearErrorAndTheJwksStillServes() {
        KeyRing ring = ringWithToken(token);
        String kid = ring.signingKey(JWSAlgorithm.ES256).kid();
        token.delete("vigil-oidc-" + kid);

        KeyRing restarted = ringWithToken(token);

        assertThatThrownBy(() -> restarted.signingKey(JWSAlgorithm.ES256)).isInstanceOf(TokenKeyException.class)
                .hasMessageContaining("holds no key vigil-oidc-" + kid);
        assertThat(restarted.published().getKeyByKeyId(kid)).isNotNull();
    }

    @Test
    void aKeyInTheTokenIsAClearErrorOnANodeWithoutOne() {
        String kid = ringWithToken(token).signingKey(JWSAlgorithm.ES256).kid();

        KeyRing withoutToken = new KeyRing(rows, new SealedSigningKeys(encryption), Optional.empty(), clock);

        assertThatThrownBy(() -> withoutToken.signingKey(JWSAlgorithm.ES256)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(kid).hasMessageContaining("PKCS#11 token").hasMessageContaining("VIGIL_AT_REST_PKCS11_CONFIG");
    }

    @Test
    void sealedKeysMadeBeforeTheTokenWasConfiguredKeepSigningUntilTheyRotateOut() throws Exception {
        KeyRing before = new KeyRing(rows, new SealedSigningKeys(encryption), Optional.empty(), clock);
        String sealedKid = before.signingKey(JWSAlgorithm.ES256).kid();
        assertThat(rows.row(sealedKid).storedPrivateKey()).startsWith("vigil-sealed:v1:test-at-rest:");

        KeyRing after = ringWithToken(token);
        ActiveSigningKey stillSealed = after.signingKey(JWSAlgorithm.ES256);
        assertThat(stillSealed.kid()).isEqualTo(sealedKid);
        assertThat(SignedJWT.parse(stillSealed.sign(JOSEObjectType.JWT, idTokenClaims()))
                .verify(verifier(after.published().getKeyByKeyId(sealedKid)))).isTrue();

        clock.advance(KeyRing.ROTATE_AFTER.plusMinutes(1));
        String successor = after.signingKey(JWSAlgorithm.ES256).kid();
        assertThat(rows.row(successor).storedPrivateKey()).isEqualTo("pkcs11:object=vigil-oidc-" + successor);
        assertThat(rows.row(sealedKid).storedPrivateKey()).as("a sealed key stays sealed").startsWith("vigil-sealed:");
    }

    @Test
    void withoutATokenKeysAreSealedAndAKeyStoredInTheClearIsSealedAtStart() throws Exception {
        ECKey legacy = new ECKeyGenerator(Curve.P_256).keyID("legacy-1").algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).generate();
        rows.store(new SigningKey(legacy, legacy.toJSONString(), "ES256", clock.instant()));
        KeyRing ring = new KeyRing(rows, new SealedSigningKeys(encryption), Optional.empty(), clock);

        assertThat(ring.upgradeStoredKeys()).isEqualTo(1);

        assertThat(rows.row("legacy-1").storedPrivateKey()).startsWith("vigil-sealed:v1:test-at-rest:").doesNotContain("\"d\"");
        assertThat(ring.signingKey(JWSAlgorithm.ES256).kid()).isEqualTo("legacy-1");
        String rsaKid = ring.signingKey(JWSAlgorithm.RS256).kid();
        assertThat(rows.row(rsaKid).storedPrivateKey()).startsWith("vigil-sealed:v1:test-at-rest:");
        assertThat(ring.describe()).contains("sealed");
    }

    private KeyRing ringWithToken(Pkcs11KeyPairs keyPairs) {
        return new KeyRing(rows, new SealedSigningKeys(encryption), Optional.of(new Pkcs11SigningKeys(keyPairs)), clock);
    }

    private JWTClaimsSet idTokenClaims() {
        return new JWTClaimsSet.Builder().issuer("https://vigil.example.org").subject("account-1").audience("rp-a")
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(5)))).build();
    }

    private static JWSVerifier verifier(JWK published) throws Exception {
        return published instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier(published.toRSAKey());
    }

    /** Time as the test moves it: rotations are a month apart. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the key ring reads instants only");
        }
    }
}

package org.vigil.identity.oidc.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.AtRestEncryptionException;
import org.vigil.platform.secrets.SecretPurpose;

class SealedSigningKeysTest {

    private final SealedSigningKeys keys = new SealedSigningKeys(new AtRestEncryption(new OneAtRestKey("test-at-rest")));

    @Test
    void aSealedEcKeyHoldsNoPrivateMaterialAndStillSigns() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("7f3c-ec").generate();

        String stored = keys.seal(key);

        assertThat(stored).startsWith("vigil-sealed:v1:test-at-rest:")
                .doesNotContain(key.getD().toString(), "\"d\"", key.getX().toString(), "7f3c-ec");
        ECKey opened = keys.open("7f3c-ec", stored).toECKey();
        assertThat(opened).isEqualTo(key);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder().subject("p1").build());
        jwt.sign(new ECDSASigner(opened));
        assertThat(jwt.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
    }

    @Test
    void aSealedRsaKeyOpensWhole() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("9a1b-rsa").generate();

        String stored = keys.seal(key);

        assertThat(stored).doesNotContain(key.getPrivateExponent().toString(), key.getFirstPrimeFactor().toString());
        assertThat(stored.length()).as("fits the column").isLessThan(8000);
        RSAKey opened = keys.open("9a1b-rsa", stored).toRSAKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject("p1").build());
        jwt.sign(new RSASSASigner(opened));
        assertThat(jwt.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
    }

    @Test
    void aSealedKeyDoesNotOpenAsAnotherRowsKey() throws Exception {
        String stored = keys.seal(new ECKeyGenerator(Curve.P_256).keyID("row-a").generate());

        assertThatThrownBy(() -> keys.open("row-b", stored)).isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void aSealedKeyDoesNotOpenWithAnotherInstallationsKeyOrWhenAltered() throws Exception {
        String stored = keys.seal(new ECKeyGenerator(Curve.P_256).keyID("k1").generate());
        SealedSigningKeys elsewhere = new SealedSigningKeys(new AtRestEncryption(new OneAtRestKey("test-at-rest")));
        String altered = stored.substring(0, stored.length() - 2) + (stored.endsWith("AA") ? "BB" : "AA");

        assertThatThrownBy(() -> elsewhere.open("k1", stored)).isInstanceOf(AtRestEncryptionException.class);
        assertThatThrownBy(() -> keys.open("k1", altered)).isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void aVapidKeySealedForPushDoesNotOpenAsASigningKey() throws Exception {
        AtRestEncryption encryption = new AtRestEncryption(new OneAtRestKey("test-at-rest"));
        SealedSigningKeys ring = new SealedSigningKeys(encryption);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        String forPush = encryption.sealText(key.toJSONString(), SecretPurpose.of("push.vapid-key"));

        assertThatThrownBy(() -> ring.open("k1", forPush)).isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void aKeyAnEarlierVersionStoredInTheClearIsReadAndToldApart() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("old").generate();

        assertThat(SealedSigningKeys.isSealed(key.toJSONString())).isFalse();
        assertThat(SealedSigningKeys.isSealed(keys.seal(key))).isTrue();
        assertThat(keys.open("old", key.toJSONString())).isEqualTo(key);
    }

    @Test
    void onlyTheRowsOwnPrivateKeyIsAccepted() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("mine").generate();

        assertThatThrownBy(() -> keys.open("theirs", key.toJSONString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the private key");
        assertThatThrownBy(() -> keys.open("mine", key.toPublicJWK().toJSONString())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.open("mine", "{\"kty\":")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("kty");
        assertThatThrownBy(() -> keys.seal(key.toPublicJWK())).isInstanceOf(IllegalArgumentException.class);
        JWK withoutKid = new ECKeyGenerator(Curve.P_256).generate();
        assertThatThrownBy(() -> keys.seal(withoutKid)).isInstanceOf(IllegalArgumentException.class);
    }
}

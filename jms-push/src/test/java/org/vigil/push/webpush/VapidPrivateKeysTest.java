package org.vigil.push.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.Pkcs11KeyPairs;
import org.vigil.platform.secrets.Pkcs11Keys;
import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.testsupport.SoftHsmToken;

/** The VAPID key in a real SoftHSM2 token, and sealed without one; the JWT a push service checks (RFC 8292). */
class VapidPrivateKeysTest {

    private static Pkcs11KeyPairs token;
    private static AtRestEncryption encryption;

    private final VAPIDJWTParam param = VAPIDJWTParam.getBuilder().resourceURLString("https://push.example.net/send/abc")
            .expirationTime(Instant.now().plus(12, ChronoUnit.HOURS)).subject("mailto:push@vigil.example.org").build();

    @BeforeAll
    static void openToken() throws Exception {
        SoftHsmToken shared = SoftHsmToken.shared();
        token = Pkcs11KeyPairs.open(shared.configuration(), SoftHsmToken.PIN.toCharArray());
        encryption = new AtRestEncryption(Pkcs11Keys.open(shared.configuration(), SoftHsmToken.PIN.toCharArray(), "vigil-at-rest"));
    }

    @Test
    void inTheTokenTheKeyIsNotExtractableAndTheVapidJwtVerifiesWithThePublishedKey() throws Exception {
        VapidPrivateKeys keys = new VapidPrivateKeys(encryption, Optional.of(token));

        VapidPrivateKeys.NewVapidKey made = keys.generate();

        assertThat(made.storedPrivateKey()).startsWith("pkcs11:object=vigil-vapid-");
        assertThat(token.get(made.storedPrivateKey()).privateKey().getEncoded()).isNull();
        VAPIDKeyPair pair = keys.keyPair(made.storedPrivateKey(), made.publicKey());
        String header = pair.generateAuthorizationHeaderValue(param);
        assertThat(header).startsWith("vapid t=").endsWith(", k=" + pair.extractPublicKeyInUncompressedFormAsString());
        SignedJWT jwt = SignedJWT.parse(header.substring("vapid t=".length(), header.indexOf(", k=")));
        assertThat(jwt.verify(new ECDSAVerifier(publicKey(made.publicKey())))).isTrue();
        assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("typ", "alg").containsEntry("alg", "ES256").containsEntry("typ", "JWT");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("https://push.example.net");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("mailto:push@vigil.example.org");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond()).isEqualTo(param.getExpiresAtInSeconds());
    }

    @Test
    void thePublicKeyStaysTheSameAfterARestart() throws Exception {
        VapidPrivateKeys.NewVapidKey made = new VapidPrivateKeys(encryption, Optional.of(token)).generate();
        String before = new VapidPrivateKeys(encryption, Optional.of(token)).keyPair(made.storedPrivateKey(), made.publicKey())
                .extractPublicKeyInUncompressedFormAsString();

        Pkcs11KeyPairs reopened = Pkcs11KeyPairs.open(SoftHsmToken.shared().configuration(), SoftHsmToken.PIN.toCharArray());
        VAPIDKeyPair after = new VapidPrivateKeys(encryption, Optional.of(reopened)).keyPair(made.storedPrivateKey(), made.publicKey());

        assertThat(after.extractPublicKeyInUncompressedFormAsString()).isEqualTo(before);
        String header = after.generateAuthorizationHeaderValue(param);
        SignedJWT jwt = SignedJWT.parse(header.substring("vapid t=".length(), header.indexOf(", k=")));
        assertThat(jwt.verify(new ECDSAVerifier(publicKey(made.publicKey())))).isTrue();
    }

    @Test
    void aKeySealedBeforeTheTokenWasConfiguredKeepsWorkingAndLooksTheSameToAPushService() throws Exception {
        VapidPrivateKeys.NewVapidKey sealed = new VapidPrivateKeys(encryption, Optional.empty()).generate();
        assertThat(sealed.storedPrivateKey()).startsWith("vigil-sealed:v1:vigil-at-rest:");

        VAPIDKeyPair pair = new VapidPrivateKeys(encryption, Optional.of(token)).keyPair(sealed.storedPrivateKey(), sealed.publicKey());

        String header = pair.generateAuthorizationHeaderValue(param);
        SignedJWT jwt = SignedJWT.parse(header.substring("vapid t=".length(), header.indexOf(", k=")));
        assertThat(jwt.verify(new ECDSAVerifier(publicKey(sealed.publicKey())))).isTrue();
        assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("typ", "alg");
        assertThat(jwt.getJWTClaimsSet().getClaims()).containsOnlyKeys("aud", "exp", "sub");
    }

    @Test
    void aMissingTokenObjectOrAMissingTokenIsAClearError() {
        VapidPrivateKeys keys = new VapidPrivateKeys(encryption, Optional.of(token));
        VapidPrivateKeys.NewVapidKey made = keys.generate();
        String alias = Pkcs11KeyPairs.aliasOf(made.storedPrivateKey());

        assertThatThrownBy(() -> new VapidPrivateKeys(encryption, Optional.empty()).keyPair(made.storedPrivateKey(), made.publicKey()))
                .isInstanceOf(TokenKeyException.class).hasMessageContaining("VIGIL_AT_REST_PKCS11_CONFIG");
        keys.discard(made.storedPrivateKey());
        assertThat(token.find(alias)).as("a key that lost the race to be stored is destroyed").isEmpty();
        assertThatThrownBy(() -> keys.keyPair(made.storedPrivateKey(), made.publicKey()))
                .isInstanceOf(TokenKeyException.class).hasMessageContaining("holds no key " + alias);
    }

    @Test
    void aTokenKeyThatIsNotThePublishedOneIsRefused() {
        VapidPrivateKeys keys = new VapidPrivateKeys(encryption, Optional.of(token));
        VapidPrivateKeys.NewVapidKey one = keys.generate();
        VapidPrivateKeys.NewVapidKey other = keys.generate();

        assertThatThrownBy(() -> keys.keyPair(one.storedPrivateKey(), other.publicKey()))
                .isInstanceOf(TokenKeyException.class).hasMessageContaining("not the published VAPID key");
    }

    private static ECPublicKey publicKey(String x509) throws Exception {
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509)));
    }
}

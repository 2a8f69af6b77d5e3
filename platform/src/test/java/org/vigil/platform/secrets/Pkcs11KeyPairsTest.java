package org.vigil.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testsupport.SoftHsmToken;

/** Signing key pairs in a real SoftHSM2 token: made there, signing there, never extractable, found by a second opening. */
class Pkcs11KeyPairsTest {

    private Path configuration;

    @BeforeEach
    void token() throws Exception {
        configuration = SoftHsmToken.shared().configuration();
    }

    @Test
    void ecAndRsaKeysAreMadeInTheTokenSignThereAndNeverLeaveIt() throws Exception {
        Pkcs11KeyPairs keys = Pkcs11KeyPairs.open(configuration, SoftHsmToken.PIN.toCharArray());

        for (KeyPairKind kind : KeyPairKind.values()) {
            TokenKeyPair pair = keys.generate("test-" + kind.name().toLowerCase().replace('_', '-'), kind);

            assertThat(pair.privateKey().getEncoded()).as("a token key is not extractable").isNull();
            assertThat(pair.privateKey().getAlgorithm()).isEqualTo(kind.algorithm());
            assertThat(pair.provider().getName()).startsWith("SunPKCS11");
            byte[] data = "signed inside the token".getBytes(StandardCharsets.UTF_8);
            Signature signing = Signature.getInstance(kind.certificateSignature(), pair.provider());
            signing.initSign(pair.privateKey());
            signing.update(data);
            byte[] signature = signing.sign();
            Signature verifying = Signature.getInstance(kind.certificateSignature());
            verifying.initVerify(pair.publicKey());
            verifying.update(data);
            assertThat(verifying.verify(signature)).as(kind.name()).isTrue();
        }
    }

    @Test
    void aKeyMadeByOneNodeIsFoundByAnotherThatOpenedTheTokenBefore() {
        Pkcs11KeyPairs other = Pkcs11KeyPairs.open(configuration, SoftHsmToken.PIN.toCharArray());
        assertThat(other.find("made-elsewhere")).isEmpty();
        Pkcs11KeyPairs maker = Pkcs11KeyPairs.open(configuration, SoftHsmToken.PIN.toCharArray());

        TokenKeyPair made = maker.generate("made-elsewhere", KeyPairKind.EC_P256);

        TokenKeyPair found = other.get(Pkcs11KeyPairs.reference("made-elsewhere"));
        assertThat(found.publicKey()).isEqualTo(made.publicKey());
        assertThat(found.privateKey().getEncoded()).isNull();
    }

    @Test
    void aTakenAliasIsRefusedAndADestroyedKeyIsAClearError() {
        Pkcs11KeyPairs keys = Pkcs11KeyPairs.open(configuration, SoftHsmToken.PIN.toCharArray());
        keys.generate("vigil-oidc-k1", KeyPairKind.EC_P256);

        assertThatThrownBy(() -> keys.generate("vigil-oidc-k1", KeyPairKind.RSA_2048))
                .isInstanceOf(TokenKeyException.class).hasMessageContaining("already holds a key vigil-oidc-k1");

        keys.delete("vigil-oidc-k1");
        assertThat(keys.find("vigil-oidc-k1")).isEmpty();
        assertThatThrownBy(() -> keys.get(Pkcs11KeyPairs.reference("vigil-oidc-k1")))
                .isInstanceOf(TokenKeyException.class)
                .hasMessageContaining("holds no key vigil-oidc-k1").hasMessageContaining(configuration.toString());
    }

    @Test
    void referencesNameTheObjectAndNothingElse() {
        assertThat(Pkcs11KeyPairs.reference("vigil-vapid-1")).isEqualTo("pkcs11:object=vigil-vapid-1");
        assertThat(Pkcs11KeyPairs.aliasOf("pkcs11:object=vigil-vapid-1")).isEqualTo("vigil-vapid-1");
        assertThat(Pkcs11KeyPairs.isReference("vigil-sealed:v1:vigil-at-rest:abc")).isFalse();
        assertThatThrownBy(() -> Pkcs11KeyPairs.aliasOf("pkcs11:object=Bad;type=private")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.security.auth.login.LoginException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testsupport.SoftHsmToken;

/** The device key in a real SoftHSM2 token, initialised fresh for this class. */
class Pkcs11DeviceKeyStoreTest {

    @TempDir
    static Path directory;
    private static SoftHsmToken token;

    private final List<Pkcs11DeviceKeyStore> opened = new ArrayList<>();

    @BeforeAll
    static void initialiseToken() throws Exception {
        token = SoftHsmToken.initialise(directory, "vigil-test");
    }

    // The token stays logged in for the whole JVM until someone logs out, which would let a
    // wrong PIN through unnoticed in the next test.
    @AfterEach
    void logOut() throws LoginException {
        for (Pkcs11DeviceKeyStore store : opened) {
            ((AuthProvider) store.provider()).logout();
        }
    }

    @Test
    void generatesAKeyInTheTokenThatSignsVerifiably() {
        DeviceKey generated = store("signing").generate();

        String proof = EnrollmentProof.sign(generated, "http://localhost:8080", "K7QX-M2PA-9ZTR", Instant.now());

        assertThat(Jws.verified(proof, generated.publicJwk()).claims()).containsEntry("code", "K7QX-M2PA-9ZTR");
    }

    @Test
    void keepsTheKeyInTheTokenForTheNextRun() {
        DeviceKey generated = store("persistent").generate();

        DeviceKey reopened = store("persistent").key();

        assertThat(reopened.publicJwk()).isEqualTo(generated.publicJwk());
        String assertion = DeviceAssertion.sign(reopened, "auth-1", "http://localhost:8080", "GET",
                "/api/v1/authenticators", Instant.now());
        Jws verified = Jws.verified(assertion, generated.publicJwk());
        assertThat(verified.seconds("exp") - verified.seconds("iat")).isLessThanOrEqualTo(120);
    }

    @Test
    void neverLetsThePrivateKeyOut() throws Exception {
        Pkcs11DeviceKeyStore store = store("sealed");
        store.generate();
        KeyStore keyStore = KeyStore.getInstance("PKCS11", store.provider());
        keyStore.load(null, SoftHsmToken.PIN.toCharArray());

        Key privateKey = keyStore.getKey("sealed", null);

        assertThat(privateKey.getEncoded()).as("encoded private key").isNull();
        assertThat(privateKey).isNotInstanceOf(ECPrivateKey.class);
        assertThat(privateKey.toString()).contains("token object", "sensitive", "unextractable")
                .doesNotContain("not sensitive");
        KeyFactory factory = KeyFactory.getInstance("EC", store.provider());
        assertThatThrownBy(() -> factory.getKeySpec(privateKey, ECPrivateKeySpec.class)).isNotNull();
        assertThatThrownBy(() -> factory.getKeySpec(privateKey, PKCS8EncodedKeySpec.class)).isNotNull();
    }

    @Test
    void replacesTheKeyWhenGeneratingAgain() throws Exception {
        Pkcs11DeviceKeyStore store = store("replaced");
        DeviceKey first = store.generate();

        DeviceKey second = store.generate();

        assertThat(second.publicJwk()).isNotEqualTo(first.publicJwk());
        assertThat(store("replaced").key().publicJwk()).isEqualTo(second.publicJwk());
        KeyStore keyStore = KeyStore.getInstance("PKCS11", store.provider());
        keyStore.load(null, SoftHsmToken.PIN.toCharArray());
        assertThat(Collections.list(keyStore.aliases())).containsOnlyOnce("replaced");
    }

    @Test
    void holdsNoKeyUnderAnUnusedAlias() {
        assertThat(store("unused").find()).isEmpty();
    }

    @Test
    void saysSoWhenThePinIsWrong() {
        Pkcs11DeviceKeyStore wrong = new Pkcs11DeviceKeyStore(token.configuration(), "0000".toCharArray(), "any");
        opened.add(wrong);

        assertThatThrownBy(wrong::find).isInstanceOf(DeviceKeyException.class).hasMessageContaining("wrong PIN");
    }

    @Test
    void saysSoWhenTheConfigurationIsMissing() {
        Pkcs11DeviceKeyStore missing = new Pkcs11DeviceKeyStore(directory.resolve("nothing.cfg"),
                SoftHsmToken.PIN.toCharArray());

        assertThatThrownBy(missing::find).isInstanceOf(DeviceKeyException.class)
                .hasMessageContaining("no such PKCS#11 configuration file");
    }

    private Pkcs11DeviceKeyStore store(String alias) {
        Pkcs11DeviceKeyStore store = new Pkcs11DeviceKeyStore(token.configuration(), SoftHsmToken.PIN.toCharArray(), alias);
        opened.add(store);
        return store;
    }
}

package org.vigil.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vigil.testsupport.SoftHsmToken;

/** The at-rest key inside a real SoftHSM2 token: made there, used there, never extractable. */
class Pkcs11KeysTest {

    @Test
    void theKeyIsMadeInTheTokenSealsThereAndIsFoundAgain() throws Exception {
        Path configuration = SoftHsmToken.shared().configuration();
        Pkcs11Keys keys = Pkcs11Keys.open(configuration, SoftHsmToken.PIN.toCharArray(), "vigil-at-rest");

        assertThat(keys.current().key().getEncoded()).as("a token key is not extractable").isNull();
        assertThat(keys.current().provider()).hasValueSatisfying(p -> assertThat(p.getName()).startsWith("SunPKCS11"));
        AtRestEncryption encryption = new AtRestEncryption(keys);
        String sealed = encryption.seal("trust store password".getBytes(StandardCharsets.UTF_8), SecretPurpose.of("documents.trust-keystore-password"));

        AtRestEncryption reopened = new AtRestEncryption(Pkcs11Keys.open(configuration, SoftHsmToken.PIN.toCharArray(), "vigil-at-rest"));

        assertThat(reopened.openText(sealed, SecretPurpose.of("documents.trust-keystore-password"))).isEqualTo("trust store password");
    }
}

package org.vigil.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtRestEncryptionTest {

    private static final SecretPurpose VAPID = SecretPurpose.of("push.vapid-key");

    @TempDir
    Path directory;

    private AtRestEncryption encryption(String alias, String... aliases) throws Exception {
        Path file = directory.resolve("at-rest.cs");
        if (!Files.exists(file)) {
            StoreFixture.store(file, aliases);
        }
        return new AtRestEncryption(CredentialStoreKeys.open(file, alias));
    }

    @Test
    void aSealedSecretOpensForItsPurposeAndNeverShowsTheSecret() throws Exception {
        AtRestEncryption encryption = encryption("vigil-at-rest", "vigil-at-rest");
        byte[] secret = "-----BEGIN PRIVATE KEY----- the key".getBytes(StandardCharsets.UTF_8);

        String sealed = encryption.seal(secret, VAPID);

        assertThat(sealed).startsWith("vigil-sealed:v1:vigil-at-rest:").doesNotContain("PRIVATE");
        assertThat(AtRestEncryption.isSealed(sealed)).isTrue();
        assertThat(encryption.open(sealed, VAPID)).isEqualTo(secret);
        assertThat(encryption.openText(encryption.sealText("pässword", VAPID), VAPID)).isEqualTo("pässword");
    }

    @Test
    void eachSealUsesAFreshNonce() throws Exception {
        AtRestEncryption encryption = encryption("vigil-at-rest", "vigil-at-rest");

        assertThat(encryption.seal(new byte[] {1, 2, 3}, VAPID)).isNotEqualTo(encryption.seal(new byte[] {1, 2, 3}, VAPID));
    }

    @Test
    void aSecretDoesNotOpenForAnotherPurposeOrRow() throws Exception {
        AtRestEncryption encryption = encryption("vigil-at-rest", "vigil-at-rest");
        String sealed = encryption.seal(new byte[] {42}, VAPID.forRow(1));

        assertThatThrownBy(() -> encryption.open(sealed, VAPID.forRow(2))).isInstanceOf(AtRestEncryptionException.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> encryption.open(sealed, SecretPurpose.of("identity.signing-key:1")))
                .isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void anAlteredSecretIsRefused() throws Exception {
        AtRestEncryption encryption = encryption("vigil-at-rest", "vigil-at-rest");
        String sealed = encryption.seal(new byte[32], VAPID);
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(prefix.length()));
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> encryption.open(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(raw), VAPID))
                .isInstanceOf(AtRestEncryptionException.class);
        assertThatThrownBy(() -> encryption.open("plain text from before", VAPID)).isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void afterARotationOldSecretsStillOpenAndNewOnesUseTheNewKey() throws Exception {
        AtRestEncryption before = encryption("vigil-at-rest", "vigil-at-rest", "vigil-at-rest-2");
        String old = before.seal(new byte[] {7}, VAPID);

        AtRestEncryption after = encryption("vigil-at-rest-2");

        assertThat(after.open(old, VAPID)).containsExactly(7);
        assertThat(after.seal(new byte[] {8}, VAPID)).startsWith("vigil-sealed:v1:vigil-at-rest-2:");
    }

    @Test
    void anotherInstallationsKeyOpensNothing() throws Exception {
        String sealed = encryption("vigil-at-rest", "vigil-at-rest").seal(new byte[] {1}, VAPID);
        Path elsewhere = StoreFixture.store(directory.resolve("other.cs"), "vigil-at-rest");

        AtRestEncryption other = new AtRestEncryption(CredentialStoreKeys.open(elsewhere, "vigil-at-rest"));

        assertThatThrownBy(() -> other.open(sealed, VAPID)).isInstanceOf(AtRestEncryptionException.class);
    }

    @Test
    void aMissingStoreOrKeyIsSaidPlainly() throws Exception {
        assertThatThrownBy(() -> CredentialStoreKeys.open(directory.resolve("none.cs"), "vigil-at-rest"))
                .isInstanceOf(AtRestEncryptionException.class).hasMessageContaining("no at-rest key store at");
        Path file = StoreFixture.store(directory.resolve("at-rest.cs"), "other");
        assertThatThrownBy(() -> CredentialStoreKeys.open(file, "vigil-at-rest"))
                .isInstanceOf(AtRestEncryptionException.class).hasMessageContaining("holds no secret key vigil-at-rest");
    }

    @Test
    void purposesHaveOneForm() {
        assertThat(SecretPurpose.of("documents.trust-keystore-password").value()).isEqualTo("documents.trust-keystore-password");
        assertThatThrownBy(() -> SecretPurpose.of("no-module")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretPurpose.of("push.vapid-key:1").forRow(2)).isInstanceOf(IllegalStateException.class);
    }
}

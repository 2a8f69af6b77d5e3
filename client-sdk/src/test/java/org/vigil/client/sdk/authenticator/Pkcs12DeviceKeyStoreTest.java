package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12DeviceKeyStoreTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path directory;

    @Test
    void holdsNoKeyBeforeOneIsGenerated() {
        Pkcs12DeviceKeyStore store = new Pkcs12DeviceKeyStore(directory.resolve("key.p12"), PASSWORD);

        assertThat(store.find()).isEmpty();
        assertThatThrownBy(store::key).isInstanceOf(DeviceKeyException.class).hasMessageContaining("enroll first");
    }

    @Test
    void keepsTheGeneratedKeyForTheNextRun() {
        Path file = directory.resolve("sub/key.p12");
        DeviceKey generated = new Pkcs12DeviceKeyStore(file, PASSWORD).generate();

        DeviceKey reloaded = new Pkcs12DeviceKeyStore(file, PASSWORD).key();

        assertThat(reloaded.publicJwk()).isEqualTo(generated.publicJwk());
        String proof = EnrollmentProof.sign(reloaded, "https://vigil.example", "K7QX-M2PA-9ZTR", Instant.now());
        assertThat(Jws.verified(proof, generated.publicJwk()).claims()).containsEntry("code", "K7QX-M2PA-9ZTR");
    }

    @Test
    void isReadableByItsOwnerOnly() throws Exception {
        Path file = directory.resolve("key.p12");
        new Pkcs12DeviceKeyStore(file, PASSWORD).generate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void saysSoWhenThePasswordIsWrong() {
        Path file = directory.resolve("key.p12");
        new Pkcs12DeviceKeyStore(file, PASSWORD).generate();

        assertThatThrownBy(() -> new Pkcs12DeviceKeyStore(file, "wrong".toCharArray()).find())
                .isInstanceOf(DeviceKeyException.class)
                .hasMessageContaining("wrong password");
    }

    @Test
    void replacesTheKeyWhenGeneratingAgain() {
        Path file = directory.resolve("key.p12");
        Pkcs12DeviceKeyStore store = new Pkcs12DeviceKeyStore(file, PASSWORD);
        DeviceKey first = store.generate();

        DeviceKey second = store.generate();

        assertThat(second.publicJwk()).isNotEqualTo(first.publicJwk());
        assertThat(new Pkcs12DeviceKeyStore(file, PASSWORD).key().publicJwk()).isEqualTo(second.publicJwk());
    }
}

package org.vigil.client.sdk.authenticator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliStateTest {

    @TempDir
    Path directory;

    @Test
    void isEmptyWithoutAFile() {
        assertThat(CliState.load(directory.resolve("none.properties"))).isEqualTo(CliState.EMPTY);
        assertThat(CliState.EMPTY.enrolled()).isFalse();
    }

    @Test
    void remembersWhatEnrollmentLearned() {
        Path file = directory.resolve("deep/authenticator.properties");
        CliState state = new CliState("http://localhost:8080", "6f1c", "Anna's laptop",
                new StoreChoice(StoreChoice.Kind.PKCS11, directory.resolve("token.cfg")));

        state.save(file);

        assertThat(CliState.load(file)).isEqualTo(state);
        assertThat(CliState.load(file).enrolled()).isTrue();
    }

    @Test
    void refusesAnUnknownStoreKind() throws Exception {
        Path file = directory.resolve("a.properties");
        Files.writeString(file, "server=http://x\nauthenticatorId=1\nstore=jks\nstoreLocation=/k\n");

        assertThatThrownBy(() -> CliState.load(file)).isInstanceOf(CliFailure.class).hasMessageContaining("unknown store: jks");
    }
}

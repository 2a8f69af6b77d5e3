package org.vigil.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path directory;

    @Test
    void aTreeOfSecretsBecomesTheOwnersAlone() throws Exception {
        Path data = Files.createDirectories(directory.resolve("vigil"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = Files.writeString(data.resolve("vigil.mv.db"), "h2");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.restrictTree(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }

    @Test
    void aMissingPathIsNoError() {
        OwnerOnlyFiles.restrict(directory.resolve("absent"));
        OwnerOnlyFiles.restrictTree(directory.resolve("absent"));
    }

    @Test
    void aNewDirectoryIsCreatedRestricted() throws Exception {
        Path created = OwnerOnlyFiles.directory(directory.resolve("a/b"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rwx------");
    }
}

package org.vigil.platform.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Files that hold secrets (the H2 database, key stores, the at-rest key store) readable by the
 * server's user only: {@code rw-------} for files, {@code rwx------} for the directories that hold
 * them, so a file created there later (H2's next file, a new key store) is out of reach as well
 * whatever the process' umask. Where the file system has no POSIX permissions (Windows), nothing
 * is changed and that is logged once.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Restricts {@code directory} and everything in it, recursively. */
    public static void restrictTree(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.forEach(OwnerOnlyFiles::restrict);
        } catch (IOException e) {
            throw new IllegalStateException("cannot restrict " + directory + " to the server's user: " + e.getMessage(), e);
        }
    }

    /** Restricts one file or directory (a no-op when it does not exist). */
    public static void restrict(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            LOG.warning(() -> "The file system of " + path + " has no POSIX permissions: secrets there are as readable as it allows");
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? DIRECTORY : FILE;
        try {
            if (!view.readAttributes().permissions().equals(wanted)) {
                view.setPermissions(wanted);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot restrict " + path + " to the server's user: " + e.getMessage(), e);
        }
    }

    /** Creates {@code directory} (and parents) restricted to the server's user, or restricts it if it exists. */
    public static Path directory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + directory + ": " + e.getMessage(), e);
        }
        restrict(directory);
        return directory;
    }
}

package org.vigil.client.sdk.authenticator.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the CLI remembers between runs, in a small properties file: the server, the enrolled
 * authenticator and where its key lives. Never a PIN or password.
 */
record CliState(String server, String authenticatorId, String name, StoreChoice store) {

    static final CliState EMPTY = new CliState(null, null, null, null);

    boolean enrolled() {
        return server != null && authenticatorId != null && store != null;
    }

    static CliState load(Path file) {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliFailure(ExitCode.NO_KEY, "cannot read the state file " + file + ": " + e.getMessage());
        }
        StoreChoice store = null;
        String kind = properties.getProperty("store");
        String location = properties.getProperty("storeLocation");
        if (kind != null && location != null) {
            store = new StoreChoice(kind(kind, file), Path.of(location));
        }
        return new CliState(properties.getProperty("server"), properties.getProperty("authenticatorId"),
                properties.getProperty("name"), store);
    }

    void save(Path file) {
        Properties properties = new Properties();
        put(properties, "server", server);
        put(properties, "authenticatorId", authenticatorId);
        put(properties, "name", name);
        if (store != null) {
            properties.setProperty("store", store.kind().stateName());
            properties.setProperty("storeLocation", store.location().toAbsolutePath().toString());
        }
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(out, "Vigil authenticator (written by vigil-authenticator enroll)");
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.NO_KEY, "cannot write the state file " + file + ": " + e.getMessage());
        }
    }

    private static StoreChoice.Kind kind(String value, Path file) {
        for (StoreChoice.Kind kind : StoreChoice.Kind.values()) {
            if (kind.stateName().equals(value)) {
                return kind;
            }
        }
        throw new CliFailure(ExitCode.NO_KEY, "the state file " + file + " names an unknown store: " + value);
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }
}

package org.vigil.stats.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/** The version and build time Maven wrote into this module when it was built. */
public record BuildInfo(String version, Instant buildTime) {

    private static final String RESOURCE = "/org/vigil/stats/vigil-build.properties";

    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(p.getProperty("version"), Instant.parse(p.getProperty("build-time")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

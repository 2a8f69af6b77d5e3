package org.vigil.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the build tells the tests: where the server and the EAR are, and how to run them. */
public record ItSettings(Path jbossHome, Path ear, Path work, String database, int portOffset, int postgresqlPort) {

    public static ItSettings fromSystemProperties() {
        ItSettings s = new ItSettings(
                Path.of(required("vigil.jboss.home")).toAbsolutePath().normalize(),
                Path.of(required("vigil.ear")).toAbsolutePath().normalize(),
                Path.of(required("vigil.it.work")).toAbsolutePath().normalize(),
                System.getProperty("vigil.it.database", "h2"),
                Integer.getInteger("vigil.it.port-offset", 1000),
                Integer.getInteger("vigil.it.postgresql.port", 16432));
        if (!Files.isExecutable(s.jbossHome.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("no provisioned server at " + s.jbossHome + ": build wildfly-config first");
        }
        if (!Files.isRegularFile(s.ear)) {
            throw new IllegalStateException("no EAR at " + s.ear + ": build the ear module first");
        }
        return s;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests through Maven");
        }
        return value;
    }

    /**
     * Settings for a second, separate system in the same run (for a test that kills its server):
     * its own work directory beside this one, and every port moved by {@code shift}.
     */
    public ItSettings apart(String name, int shift) {
        return new ItSettings(jbossHome, ear, work.resolveSibling(work.getFileName() + "-" + name), database,
                portOffset + shift, postgresqlPort + shift);
    }

    /**
     * Whether this run's server keeps its keys in a PKCS#11 token (SoftHSM2), as a production installation with an
     * HSM does: the at-rest key, and so the OIDC signing keys and the VAPID key, made and used inside it. The
     * PostgreSQL pass does; the H2 pass keeps the credential store, so both paths run end to end.
     */
    public boolean keysInToken() {
        return "postgresql".equals(database);
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int httpsPort() {
        return 8443 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }
}

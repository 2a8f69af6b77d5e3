package org.vigil.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.vigil.testsupport.PostgresServer;

/**
 * What the server's database holds for a patient, read straight from the tables while there is
 * no read API: through JDBC to the run's PostgreSQL, or by opening the H2 file of a stopped server
 * (H2 locks its file while the server has it open). The JDBC drivers are the server's own module
 * jars, so the file is read by the same H2 version that wrote it.
 */
public final class StoredObservations {

    private StoredObservations() {
    }

    /** How many rows each measurement id has among the patient's observations. */
    public static Map<UUID, Integer> countsByMeasurementId(VigilSystem system, UUID patientId) {
        WildFlyServer server = system.server();
        try (Connection db = connect(system)) {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT measurement_id, COUNT(*) FROM care_observation WHERE patient_id = ? GROUP BY measurement_id")) {
                select.setObject(1, patientId);
                Map<UUID, Integer> counts = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        counts.put(UUID.fromString(rs.getString(1)), rs.getInt(2));
                    }
                }
                return counts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the observations of " + server.baseDir(), e);
        }
    }

    /** A connection to the run's database (H2 only while the server is stopped). */
    public static Connection connect(VigilSystem system) throws SQLException {
        Path modules = system.server().jbossHome().resolve("modules");
        Properties credentials = new Properties();
        if (system.postgres().isPresent()) {
            PostgresServer pg = system.postgres().get();
            credentials.setProperty("user", PostgresServer.USER);
            credentials.setProperty("password", PostgresServer.PASSWORD);
            return driver(modules.resolve("org/postgresql/main"), "org.postgresql.Driver").connect(pg.jdbcUrl(), credentials);
        }
        credentials.setProperty("user", ProductionSecrets.H2_USER);
        credentials.setProperty("password", ProductionSecrets.H2_PASSWORD);
        // the URL configure.cli gives VigilDS, without its server-only flags; IFEXISTS: never create an empty one
        String url = "jdbc:h2:file:" + system.server().baseDir().resolve("data/vigil/vigil") + ";IFEXISTS=TRUE";
        return driver(modules.resolve("system/layers/base/com/h2database/h2/main"), "org.h2.Driver").connect(url, credentials);
    }

    private static Driver driver(Path moduleDir, String className) {
        try (Stream<Path> files = Files.list(moduleDir)) {
            URL[] jars = files.filter(f -> f.toString().endsWith(".jar")).map(StoredObservations::url).toArray(URL[]::new);
            if (jars.length == 0) {
                throw new IllegalStateException("no driver jar in " + moduleDir);
            }
            ClassLoader loader = new URLClassLoader(jars, StoredObservations.class.getClassLoader());
            return (Driver) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load " + className + " from " + moduleDir, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

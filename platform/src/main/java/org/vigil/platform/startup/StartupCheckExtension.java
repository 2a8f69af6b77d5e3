package org.vigil.platform.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.platform.secrets.AtRestEncryptionException;
import org.vigil.platform.secrets.AtRestSettings;
import org.vigil.platform.secrets.OwnerOnlyFiles;

/**
 * Refuses to start the application outside demo mode while a demo or placeholder secret is
 * configured ({@link ProductionSettings}), with one log line that says why, before any bean of any
 * module runs: a CDI extension in the EAR's {@code lib/}, so it runs once per deployment and
 * needs no module's cooperation. It also restricts Vigil's data directory (the H2 database, key
 * stores) to the server's user, in demo mode too.
 */
public class StartupCheckExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(StartupCheckExtension.class.getName());
    private static final String DATASOURCE = "java:jboss/datasources/VigilDS";

    void check(@Observes AfterDeploymentValidation validation) {
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir != null) {
            // made here when missing (on PostgreSQL nothing else has made it yet), so what is created in it later is covered too
            OwnerOnlyFiles.restrictTree(OwnerOnlyFiles.directory(java.nio.file.Path.of(dataDir, "vigil")));
        }
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("vigil.demo", Boolean.class).orElse(false)) {
            LOG.warning("Demo mode (VIGIL_DEMO=true): placeholder secrets are allowed; never hold real patients' data like this");
            return;
        }
        List<String> refusals = settings(config).refusals();
        if (!refusals.isEmpty()) {
            String reason = "Vigil refuses to start outside demo mode: " + String.join("; ", refusals);
            LOG.severe(reason);
            validation.addDeploymentProblem(new IllegalStateException(reason));
        }
    }

    private static ProductionSettings settings(Config config) {
        return new ProductionSettings(databaseUser(config), config.getOptionalValue("vigil.db.password", String.class),
                config.getOptionalValue("vigil.trust.keystore-password", String.class),
                config.getOptionalValue("vigil.trust.tsa-policy", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("vigil.admin.client.secret", String.class), atRestKeysProblem(config),
                config.getOptionalValue("vigil.turn.secret", String.class));
    }

    /** The user the datasource really connects as; the configured one if the database cannot be asked. */
    private static String databaseUser(Config config) {
        String configured = config.getOptionalValue("vigil.db.user", String.class).orElse("sa");
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
            try (Connection connection = dataSource.getConnection()) {
                String user = connection.getMetaData().getUserName();
                return user == null ? configured : user;
            }
        } catch (NamingException | SQLException e) {
            LOG.warning(() -> "Could not ask the database which user it connects as (" + e.getMessage() + "); checking " + configured);
            return configured;
        }
    }

    private static Optional<String> atRestKeysProblem(Config config) {
        try {
            AtRestSettings.from(config).open();
            return Optional.empty();
        } catch (AtRestEncryptionException e) {
            return Optional.of(e.getMessage());
        }
    }
}

package org.vigil.platform.schema;

import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs a persistence unit's migrations while Hibernate builds its session factory.
 *
 * <p>Hibernate calls integrators before it validates the mapping against the database, so the
 * schema is current before any entity manager exists: no start-up bean ordering to get right,
 * and {@code hibernate.hbm2ddl.auto=validate} can catch a mapping that drifted from the
 * migrations. A persistence unit opts in with two properties in its persistence.xml.
 */
public final class SchemaMigrationIntegrator implements Integrator {

    /** Flyway location of the unit's migrations, e.g. {@code classpath:db/migration/stats}. */
    public static final String LOCATION = "vigil.schema.location";
    /** The unit's own history table, e.g. {@code schema_history_stats}. */
    public static final String HISTORY_TABLE = "vigil.schema.history-table";

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        Map<String, Object> properties = sessionFactory.getProperties();
        Object location = properties.get(LOCATION);
        if (location == null) {
            return;
        }
        Object historyTable = properties.get(HISTORY_TABLE);
        if (historyTable == null) {
            throw new IllegalStateException("persistence unit sets " + LOCATION + " but not " + HISTORY_TABLE);
        }
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = new SchemaMigration(dataSource, location.toString(), historyTable.toString(),
                Thread.currentThread().getContextClassLoader()).migrate();
        LOG.info(() -> "Schema " + location + " at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}

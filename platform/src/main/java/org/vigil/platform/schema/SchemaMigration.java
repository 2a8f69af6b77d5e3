package org.vigil.platform.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one bounded context's tables up to date with its versioned migrations.
 *
 * <p>Each context keeps its own history table, so modules evolve their schemas independently
 * while sharing one database. The baseline is version 0: a schema that already holds another
 * context's tables is not "non-empty" for this context, and its V1 must still run.
 */
public final class SchemaMigration {

    private final DataSource dataSource;
    private final String location;
    private final String historyTable;
    private final ClassLoader classLoader;

    public SchemaMigration(DataSource dataSource, String location, String historyTable, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.location = location;
        this.historyTable = historyTable;
        this.classLoader = classLoader;
    }

    /**
     * One module's migrations at a time on this node: the modules' persistence units start in
     * parallel, and H2 gave up on its schema lock ("Timeout trying to lock table SYS") when five
     * of them changed the schema at once. Nodes of a cluster still rely on Flyway's own lock.
     */
    public MigrateResult migrate() {
        synchronized (SchemaMigration.class) {
            return runFlyway();
        }
    }

    private MigrateResult runFlyway() {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}

package org.vigil.care.support;

import javax.sql.DataSource;

import org.vigil.testsupport.PostgresServer;

/**
 * One PostgreSQL for every test class of the run (starting one costs seconds), migrated once and
 * stopped when the test JVM exits.
 */
public final class SharedPostgres {

    private static PostgresServer server;
    private static DataSource dataSource;

    private SharedPostgres() {
    }

    public static synchronized DataSource dataSource() {
        if (server == null) {
            server = PostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "care-test-postgres-stop"));
            dataSource = CareSchema.migrated(server.dataSource());
        }
        return dataSource;
    }
}

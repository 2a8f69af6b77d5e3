package org.vigil.it.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything one test run needs from outside the JVM: the database (when it is not the embedded
 * H2) and the server. Started once, on first use, and stopped when the run ends.
 */
public final class VigilSystem implements AutoCloseable {

    private final WildFlyServer server;
    private final PostgresServer postgres;

    private VigilSystem(WildFlyServer server, PostgresServer postgres) {
        this.server = server;
        this.postgres = postgres;
    }

    static VigilSystem start(ItSettings settings) {
        Map<String, String> env = new HashMap<>();
        PostgresServer postgres = null;
        if ("postgresql".equals(settings.database())) {
            postgres = PostgresServer.start(settings.work().resolve("postgresql"), settings.postgresqlPort());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgresql"));
            env.put("VIGIL_DB", "postgresql");
            env.put("VIGIL_DB_URL", postgres.jdbcUrl());
            env.put("VIGIL_DB_USER", PostgresServer.USER);
            env.put("VIGIL_DB_PASSWORD", PostgresServer.PASSWORD);
        } else {
            env.put("VIGIL_DB", "h2");
        }
        try {
            return new VigilSystem(WildFlyServer.start(settings, env), postgres);
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    public WildFlyServer server() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}

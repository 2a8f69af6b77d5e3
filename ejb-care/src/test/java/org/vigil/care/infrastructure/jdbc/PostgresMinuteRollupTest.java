package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.vigil.care.support.SharedPostgres;

class PostgresMinuteRollupTest extends MinuteRollupContract {

    @Override
    DataSource dataSource() {
        return SharedPostgres.dataSource();
    }

    /** A schema of its own in the shared PostgreSQL, which the migrations fill from nothing. */
    @Override
    DataSource emptyDatabase() throws SQLException {
        PGSimpleDataSource shared = (PGSimpleDataSource) SharedPostgres.dataSource();
        String schema = "backfill_" + System.nanoTime();
        try (Connection c = shared.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource empty = new PGSimpleDataSource();
        empty.setURL(shared.getURL());
        empty.setUser(shared.getUser());
        empty.setPassword(shared.getPassword());
        empty.setCurrentSchema(schema);
        return empty;
    }
}

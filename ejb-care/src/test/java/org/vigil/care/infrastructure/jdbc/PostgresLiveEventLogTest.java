package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.vigil.care.support.SharedPostgres;

/** The live log on a real PostgreSQL, started for the run. */
class PostgresLiveEventLogTest extends LiveEventLogContract {

    @Override
    DataSource dataSource() {
        return SharedPostgres.dataSource();
    }
}

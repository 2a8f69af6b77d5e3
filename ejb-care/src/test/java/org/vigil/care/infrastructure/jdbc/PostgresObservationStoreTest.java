package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.vigil.care.support.SharedPostgres;

/** The same contract on a real PostgreSQL, started for the run. */
class PostgresObservationStoreTest extends ObservationStoreContract {

    @Override
    DataSource dataSource() {
        return SharedPostgres.dataSource();
    }
}

package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.vigil.care.support.SharedPostgres;

class PostgresObservationSeriesTest extends ObservationSeriesContract {

    @Override
    DataSource dataSource() {
        return SharedPostgres.dataSource();
    }
}

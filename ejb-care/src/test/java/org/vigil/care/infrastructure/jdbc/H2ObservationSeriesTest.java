package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.vigil.care.support.CareSchema;

class H2ObservationSeriesTest extends ObservationSeriesContract {

    private final DataSource ds = CareSchema.h2(false);

    @Override
    DataSource dataSource() {
        return ds;
    }
}

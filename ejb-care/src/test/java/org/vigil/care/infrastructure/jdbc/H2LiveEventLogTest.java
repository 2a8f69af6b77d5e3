package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.vigil.care.support.CareSchema;

/** The live log on H2 as the server runs it. */
class H2LiveEventLogTest extends LiveEventLogContract {

    private final DataSource ds = CareSchema.h2(false);

    @Override
    DataSource dataSource() {
        return ds;
    }
}

package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.vigil.care.support.CareSchema;

class H2MinuteRollupTest extends MinuteRollupContract {

    private final DataSource ds = CareSchema.h2(false);

    @Override
    DataSource dataSource() {
        return ds;
    }

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:care-backfill" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return empty;
    }
}

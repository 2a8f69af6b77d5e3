package org.vigil.care.infrastructure.jdbc;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.vigil.care.support.CareSchema;

/** H2 as the server runs it (default mode), and in PostgreSQL compatibility mode. */
class H2ObservationStoreTest {

    @Nested
    class DefaultMode extends ObservationStoreContract {
        private final DataSource ds = CareSchema.h2(false);

        @Override
        DataSource dataSource() {
            return ds;
        }
    }

    @Nested
    class PostgresMode extends ObservationStoreContract {
        private final DataSource ds = CareSchema.h2(true);

        @Override
        DataSource dataSource() {
            return ds;
        }
    }
}

package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL that numbers a row's whole-second bucket ({@code measured_at}'s epoch second divided by
 * the width bound as the first parameter), in integers only. Dividing the NUMERIC epoch that
 * {@code EXTRACT} returns by a parameter makes H2 compute at full decimal precision, about 2 ms a
 * row: a day of 1 Hz heart rate took minutes. Taking the whole second first keeps the division an
 * integer one on both databases; H2's own {@code DATEDIFF} is a further four times faster there.
 */
enum EpochBuckets {

    PORTABLE("CAST(FLOOR(EXTRACT(EPOCH FROM measured_at)) AS BIGINT) / ?"),
    H2("DATEDIFF(SECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', measured_at) / ?");

    private final String sql;

    EpochBuckets(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    static EpochBuckets of(Connection connection) throws SQLException {
        return of(ObservationWriteSql.of(connection));
    }

    static EpochBuckets of(ObservationWriteSql dialect) {
        return dialect == ObservationWriteSql.H2 ? H2 : PORTABLE;
    }
}

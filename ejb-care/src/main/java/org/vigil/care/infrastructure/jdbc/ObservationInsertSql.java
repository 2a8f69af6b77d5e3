package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one INSERT per database that skips a measurement id already stored instead of failing,
 * so a concurrent upload of the same batch cannot abort the transaction: PostgreSQL's
 * {@code ON CONFLICT DO NOTHING} (a failed statement would poison its whole transaction), and on
 * H2 the standard {@code MERGE ... WHEN NOT MATCHED THEN INSERT}, which H2 runs in any
 * compatibility mode. Both report 1 for a stored row and 0 for a skipped one.
 */
enum ObservationInsertSql {
    POSTGRESQL("""
            INSERT INTO care_observation
                (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (measurement_id) DO NOTHING"""),
    H2("""
            MERGE INTO care_observation t
            USING (SELECT CAST(? AS UUID) AS measurement_id) s ON t.measurement_id = s.measurement_id
            WHEN NOT MATCHED THEN INSERT
                (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by)
            VALUES (s.measurement_id, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    private final String sql;

    /** Both take the same ten parameters in the same order, the measurement id first. */
    ObservationInsertSql(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    static ObservationInsertSql of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.equals("PostgreSQL")) {
            return POSTGRESQL;
        }
        if (product.equals("H2")) {
            return H2;
        }
        throw new SQLException("observation ingest supports PostgreSQL and H2, not " + product);
    }
}

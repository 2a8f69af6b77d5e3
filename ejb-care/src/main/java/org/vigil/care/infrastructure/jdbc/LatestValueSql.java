package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Moves a patient's latest value of a kind forward, never back, in one statement that two
 * uploads may run at once: PostgreSQL's {@code ON CONFLICT DO UPDATE ... WHERE}, H2's standard
 * {@code MERGE}. Parameters: patient id, kind, measured at, measurement id.
 */
enum LatestValueSql {
    POSTGRESQL("""
            INSERT INTO care_latest_value (patient_id, kind, measured_at, measurement_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (patient_id, kind) DO UPDATE SET measured_at = EXCLUDED.measured_at, measurement_id = EXCLUDED.measurement_id
            WHERE EXCLUDED.measured_at >= care_latest_value.measured_at"""),
    H2("""
            MERGE INTO care_latest_value t
            USING (SELECT CAST(? AS UUID) AS patient_id, CAST(? AS VARCHAR(32)) AS kind,
                          CAST(? AS TIMESTAMP WITH TIME ZONE) AS measured_at, CAST(? AS UUID) AS measurement_id) s
            ON t.patient_id = s.patient_id AND t.kind = s.kind
            WHEN MATCHED AND s.measured_at >= t.measured_at THEN UPDATE SET measured_at = s.measured_at, measurement_id = s.measurement_id
            WHEN NOT MATCHED THEN INSERT (patient_id, kind, measured_at, measurement_id)
                VALUES (s.patient_id, s.kind, s.measured_at, s.measurement_id)""");

    private final String sql;

    LatestValueSql(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    static LatestValueSql of(Connection connection) throws SQLException {
        return ObservationInsertSql.of(connection) == ObservationInsertSql.POSTGRESQL ? POSTGRESQL : H2;
    }
}

package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The ingest's two writes, per database, each safe when two uploads run at once.
 *
 * <p>{@link #insert()} skips a measurement id already stored instead of failing, so a concurrent
 * upload of the same batch cannot abort the transaction: PostgreSQL's {@code ON CONFLICT DO
 * NOTHING} (a failed statement would poison its whole transaction), and on H2 the standard
 * {@code MERGE ... WHEN NOT MATCHED THEN INSERT}, which H2 runs in any compatibility mode. Both
 * report 1 for a stored row and 0 for a skipped one. Ten parameters, the measurement id first.
 *
 * <p>{@link #moveLatest()} moves a patient's latest value of a kind forward, never back:
 * PostgreSQL's {@code ON CONFLICT DO UPDATE ... WHERE}, H2's {@code MERGE}. Parameters: patient
 * id, kind, measured at, measurement id.
 */
enum ObservationWriteSql {
    POSTGRESQL("""
            INSERT INTO care_observation
                (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (measurement_id) DO NOTHING""", """
            INSERT INTO care_latest_value (patient_id, kind, measured_at, measurement_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (patient_id, kind) DO UPDATE SET measured_at = EXCLUDED.measured_at, measurement_id = EXCLUDED.measurement_id
            WHERE EXCLUDED.measured_at >= care_latest_value.measured_at"""),
    H2("""
            MERGE INTO care_observation t
            USING (SELECT CAST(? AS UUID) AS measurement_id) s ON t.measurement_id = s.measurement_id
            WHEN NOT MATCHED THEN INSERT
                (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by)
            VALUES (s.measurement_id, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", """
            MERGE INTO care_latest_value t
            USING (SELECT CAST(? AS UUID) AS patient_id, CAST(? AS VARCHAR(32)) AS kind,
                          CAST(? AS TIMESTAMP WITH TIME ZONE) AS measured_at, CAST(? AS UUID) AS measurement_id) s
            ON t.patient_id = s.patient_id AND t.kind = s.kind
            WHEN MATCHED AND s.measured_at >= t.measured_at THEN UPDATE SET measured_at = s.measured_at, measurement_id = s.measurement_id
            WHEN NOT MATCHED THEN INSERT (patient_id, kind, measured_at, measurement_id)
                VALUES (s.patient_id, s.kind, s.measured_at, s.measurement_id)""");

    private final String insert;
    private final String moveLatest;

    ObservationWriteSql(String insert, String moveLatest) {
        this.insert = insert;
        this.moveLatest = moveLatest;
    }

    String insert() {
        return insert;
    }

    String moveLatest() {
        return moveLatest;
    }

    static ObservationWriteSql of(Connection connection) throws SQLException {
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

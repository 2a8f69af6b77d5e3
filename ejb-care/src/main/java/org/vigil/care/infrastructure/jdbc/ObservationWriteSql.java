package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;

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
 *
 * <p>{@link #addToMinutes(EpochBuckets, int)} adds stored rows to their minute's rollup
 * ({@code care_observation_minute}): it reads the rows back by measurement id, so the minute and the
 * exact sum come from the values as stored, numbered by the same expression as the chart's raw query.
 * Parameters: 60 (the bucket width of that expression), then the measurement ids.
 */
enum ObservationWriteSql {
    POSTGRESQL("""
            INSERT INTO care_observation
                (measurement_id, patient_id, kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (measurement_id) DO NOTHING""", """
            INSERT INTO care_latest_value (patient_id, kind, measured_at, measurement_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (patient_id, kind) DO UPDATE SET measured_at = EXCLUDED.measured_at, measurement_id = EXCLUDED.measurement_id
            WHERE EXCLUDED.measured_at >= care_latest_value.measured_at""", """
            INSERT INTO care_observation_minute (patient_id, kind, epoch_minute, value_count, value_sum, value_min, value_max)
            %s
            ORDER BY patient_id, kind, epoch_minute
            ON CONFLICT (patient_id, kind, epoch_minute) DO UPDATE SET
                value_count = care_observation_minute.value_count + EXCLUDED.value_count,
                value_sum = care_observation_minute.value_sum + EXCLUDED.value_sum,
                value_min = LEAST(care_observation_minute.value_min, EXCLUDED.value_min),
                value_max = GREATEST(care_observation_minute.value_max, EXCLUDED.value_max)"""),
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
                VALUES (s.patient_id, s.kind, s.measured_at, s.measurement_id)""", """
            MERGE INTO care_observation_minute t
            USING (%s
                   ORDER BY patient_id, kind, epoch_minute) s
            ON t.patient_id = s.patient_id AND t.kind = s.kind AND t.epoch_minute = s.epoch_minute
            WHEN MATCHED THEN UPDATE SET value_count = t.value_count + s.value_count, value_sum = t.value_sum + s.value_sum,
                value_min = LEAST(t.value_min, s.value_min), value_max = GREATEST(t.value_max, s.value_max)
            WHEN NOT MATCHED THEN INSERT (patient_id, kind, epoch_minute, value_count, value_sum, value_min, value_max)
                VALUES (s.patient_id, s.kind, s.epoch_minute, s.value_count, s.value_sum, s.value_min, s.value_max)""");

    /** The stored rows' sums per patient, kind and minute; {@code %s}: the minute expression, then the id marks. */
    private static final String STORED_MINUTES = """
            SELECT patient_id, kind, epoch_minute, COUNT(*) AS value_count, %s AS value_sum,
                   MIN(value_num) AS value_min, MAX(value_num) AS value_max
            FROM (SELECT patient_id, kind, %%s AS epoch_minute, value_num FROM care_observation WHERE measurement_id IN (%%s)) stored
            GROUP BY patient_id, kind, epoch_minute""".formatted(ExactSum.SQL);

    private final String insert;
    private final String moveLatest;
    private final String addToMinutes;

    ObservationWriteSql(String insert, String moveLatest, String addToMinutes) {
        this.insert = insert;
        this.moveLatest = moveLatest;
        this.addToMinutes = addToMinutes;
    }

    String insert() {
        return insert;
    }

    String moveLatest() {
        return moveLatest;
    }

    String addToMinutes(EpochBuckets minutes, int ids) {
        return addToMinutes.formatted(STORED_MINUTES.formatted(minutes.sql(), String.join(",", Collections.nCopies(ids, "?"))));
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

package org.vigil.care.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.vigil.platform.schema.SchemaMigration;

/** Test databases with the care migrations applied, as the server's integrator applies them. */
public final class CareSchema {

    private CareSchema() {
    }

    /** A fresh in-memory H2, in its default mode (what the server runs) or PostgreSQL mode. */
    public static DataSource h2(boolean postgresMode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:care" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
                + (postgresMode ? ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : ""));
        return migrated(ds);
    }

    public static DataSource migrated(DataSource ds) {
        new SchemaMigration(ds, "classpath:db/migration/care", "schema_history_care", CareSchema.class.getClassLoader()).migrate();
        return ds;
    }

    /** A patient row, so observations have someone to belong to. */
    public static UUID insertPatient(DataSource ds) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO care_patient (id, account_id, family_name, given_name, birth_date, sex, spo2_scale, admitted_at)"
                        + " VALUES (?, ?, 'Doe', 'Jane', ?, 'FEMALE', 1, ?)")) {
            ps.setObject(1, id);
            ps.setObject(2, UUID.randomUUID());
            ps.setObject(3, LocalDate.of(1950, 3, 1));
            ps.setObject(4, Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        return id;
    }
}

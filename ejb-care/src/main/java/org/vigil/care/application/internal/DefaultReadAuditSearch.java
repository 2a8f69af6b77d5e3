package org.vigil.care.application.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import org.vigil.care.application.ReadAuditSearch;
import org.vigil.care.fhir.PatientDataAccess;

@Stateless
public class DefaultReadAuditSearch implements ReadAuditSearch {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Override
    public List<PatientDataAccess> search(Optional<String> actorId, Optional<UUID> patientId, Optional<Instant> from, Optional<Instant> to,
                                          int limit) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        actorId.ifPresent(a -> { where.add("actor_id = ?"); values.add(a); });
        patientId.ifPresent(p -> { where.add("patient_id = ?"); values.add(p); });
        from.ifPresent(f -> { where.add("recorded_at >= ?"); values.add(OffsetDateTime.ofInstant(f, ZoneOffset.UTC)); });
        to.ifPresent(t -> { where.add("recorded_at < ?"); values.add(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)); });
        String sql = "SELECT event_id, recorded_at, actor_id, actor_roles, client_id, client_address, patient_id, what, search, succeeded"
                + " FROM care_read_audit" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                ps.setObject(i++, value);
            }
            ps.setInt(i, limit);
            List<PatientDataAccess> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PatientDataAccess(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                            rs.getString(8), rs.getBoolean(9), rs.getBoolean(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("searching the read audit trail failed", e);
        }
    }
}

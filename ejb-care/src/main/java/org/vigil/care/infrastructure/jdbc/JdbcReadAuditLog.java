package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.vigil.care.domain.audit.AuditTrailQuery;
import org.vigil.care.domain.audit.ReadAuditLog;
import org.vigil.care.domain.audit.RecordedAccess;
import org.vigil.care.fhir.PatientDataAccess;

/** The read audit trail in {@code care_read_audit}, written on the caller's (JTA) connection. */
public final class JdbcReadAuditLog implements ReadAuditLog {

    private static final String INSERT = """
            INSERT INTO care_read_audit (event_id, recorded_at, actor_id, actor_roles, client_id, client_address, patient_id, what,
                search, succeeded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECTED = " FROM care_read_audit WHERE patient_id = ? AND recorded_at >= ? AND recorded_at < ?";

    private static final String NEWEST_FIRST = "SELECT seq, event_id, recorded_at, actor_id, actor_roles, client_id, client_address, patient_id,"
            + " what, search, succeeded" + SELECTED + " AND seq < ? ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";

    private static final String OLDEST_FIRST = "SELECT seq, event_id, recorded_at, actor_id, actor_roles, client_id, client_address, patient_id,"
            + " what, search, succeeded" + SELECTED + " AND seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY";

    private static final String COUNT = "SELECT COUNT(*)" + SELECTED;

    private final DataSource dataSource;

    public JdbcReadAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(PatientDataAccess access) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, access.id());
            ps.setObject(2, JdbcObservationStore.utc(access.at()));
            ps.setString(3, access.actorId());
            ps.setString(4, access.actorName());
            ps.setString(5, access.clientId());
            ps.setString(6, access.clientAddress());
            ps.setObject(7, access.patientId());
            ps.setString(8, access.what());
            ps.setBoolean(9, access.search());
            ps.setBoolean(10, access.succeeded());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ObservationStoreException("recording a read of patient " + access.patientId() + " failed", e);
        }
    }

    @Override
    public List<RecordedAccess> trail(AuditTrailQuery query, Optional<Long> after, int limit) {
        // seq is drawn at insert, just after recorded_at was read off the clock: its order is the date order, with a unique tie-break.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query.oldestFirst() ? OLDEST_FIRST : NEWEST_FIRST)) {
            select(ps, query);
            ps.setLong(4, after.orElse(query.oldestFirst() ? Long.MIN_VALUE : Long.MAX_VALUE));
            ps.setInt(5, limit);
            List<RecordedAccess> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RecordedAccess(rs.getLong(1), new PatientDataAccess(rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getBoolean(10), rs.getBoolean(11))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ObservationStoreException("reading the audit trail of patient " + query.patientId() + " failed", e);
        }
    }

    @Override
    public long count(AuditTrailQuery query) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COUNT)) {
            select(ps, query);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new ObservationStoreException("counting the audit trail of patient " + query.patientId() + " failed", e);
        }
    }

    private static void select(PreparedStatement ps, AuditTrailQuery query) throws SQLException {
        ps.setObject(1, query.patientId());
        ps.setObject(2, JdbcObservationStore.utc(query.from()));
        ps.setObject(3, JdbcObservationStore.utc(query.to()));
    }
}

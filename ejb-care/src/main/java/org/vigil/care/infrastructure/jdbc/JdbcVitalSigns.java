package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.observation.VitalSign;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.StoredVitalSign;
import org.vigil.care.domain.series.VitalSignPage;
import org.vigil.care.domain.series.VitalSigns;

/** Whole stored values (with measurement id and device), for FHIR, on the same series index as the charts. */
public final class JdbcVitalSigns implements VitalSigns {

    private static final String COLUMNS = "id, measurement_id, patient_id, kind, value_num, measured_at, device";

    private static final String PAGE = "SELECT " + COLUMNS + """
             FROM care_observation
            WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?
              AND (measured_at > ? OR (measured_at = ? AND id > ?))
            ORDER BY measured_at, id
            FETCH FIRST ? ROWS ONLY""";

    private static final String BETWEEN = "SELECT " + COLUMNS + """
             FROM care_observation
            WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at <= ?
            ORDER BY measured_at, id""";

    private static final String BY_MEASUREMENT = "SELECT " + COLUMNS + " FROM care_observation WHERE measurement_id = ?";

    private final DataSource dataSource;

    public JdbcVitalSigns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public VitalSignPage page(UUID patientId, VitalKind kind, Instant from, Instant to, Optional<Cursor> after, int limit) {
        Cursor start = after.orElse(new Cursor(from, Long.MIN_VALUE));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PAGE)) {
            ps.setObject(1, patientId);
            ps.setString(2, kind.code());
            ps.setObject(3, JdbcObservationStore.utc(from));
            ps.setObject(4, JdbcObservationStore.utc(to));
            ps.setObject(5, JdbcObservationStore.utc(start.measuredAt()));
            ps.setObject(6, JdbcObservationStore.utc(start.measuredAt()));
            ps.setLong(7, start.id());
            ps.setInt(8, limit + 1);
            List<StoredVitalSign> rows = read(ps);
            if (rows.size() <= limit) {
                return new VitalSignPage(rows, Optional.empty());
            }
            List<StoredVitalSign> page = rows.subList(0, limit);
            StoredVitalSign last = page.get(limit - 1);
            return new VitalSignPage(page, Optional.of(new Cursor(last.sign().measuredAt(), last.rowId())));
        } catch (SQLException e) {
            throw new ObservationStoreException("reading " + kind.code() + " failed", e);
        }
    }

    @Override
    public List<StoredVitalSign> between(UUID patientId, VitalKind kind, Instant first, Instant last) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(BETWEEN)) {
            ps.setObject(1, patientId);
            ps.setString(2, kind.code());
            ps.setObject(3, JdbcObservationStore.utc(first));
            ps.setObject(4, JdbcObservationStore.utc(last));
            return read(ps);
        } catch (SQLException e) {
            throw new ObservationStoreException("reading " + kind.code() + " failed", e);
        }
    }

    @Override
    public Optional<StoredVitalSign> byMeasurementId(UUID measurementId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(BY_MEASUREMENT)) {
            ps.setObject(1, measurementId);
            return read(ps).stream().findFirst();
        } catch (SQLException e) {
            throw new ObservationStoreException("reading measurement " + measurementId + " failed", e);
        }
    }

    private static List<StoredVitalSign> read(PreparedStatement ps) throws SQLException {
        List<StoredVitalSign> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                VitalKind kind = VitalKind.fromCode(rs.getString(4)).orElseThrow(() -> new SQLException("unknown kind in care_observation"));
                rows.add(new StoredVitalSign(rs.getLong(1), new VitalSign(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), kind,
                        rs.getDouble(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7))));
            }
        }
        return rows;
    }
}

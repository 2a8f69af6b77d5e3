package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.Bucket;

/** The chart query of the version before the rollups, kept to compare with: the database's own AVG over every value of the range. */
final class ChartBeforeRollups {

    /** {@code %s} is the database's {@link EpochBuckets} expression. */
    static final String SQL = """
            SELECT bucket, MIN(v), AVG(v), MAX(v), COUNT(*) FROM (
                SELECT %s AS bucket, value_num AS v
                FROM care_observation
                WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?) numbered
            GROUP BY bucket ORDER BY bucket""";

    private ChartBeforeRollups() {
    }

    static List<Bucket> chart(DataSource ds, UUID patient, VitalKind kind, Instant from, Instant to, Duration width) throws SQLException {
        List<Bucket> buckets = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(SQL.formatted(EpochBuckets.of(c).sql()))) {
            bind(ps, patient, kind, from, to, width);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new Bucket(Instant.ofEpochSecond(rs.getLong(1) * width.toSeconds()), rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4), rs.getLong(5)));
                }
            }
        }
        return buckets;
    }

    static void bind(PreparedStatement ps, UUID patient, VitalKind kind, Instant from, Instant to, Duration width) throws SQLException {
        ps.setLong(1, width.toSeconds());
        ps.setObject(2, patient);
        ps.setString(3, kind.code());
        ps.setObject(4, JdbcObservationStore.utc(from));
        ps.setObject(5, JdbcObservationStore.utc(to));
    }
}

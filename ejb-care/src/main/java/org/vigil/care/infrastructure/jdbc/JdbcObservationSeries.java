package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.Bucket;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.LatestValue;
import org.vigil.care.domain.series.ObservationSeries;
import org.vigil.care.domain.series.SeriesPage;
import org.vigil.care.domain.series.SeriesPoint;

/**
 * Series queries in SQL both H2 and PostgreSQL run unchanged, each served by the
 * {@code (patient_id, kind, measured_at, id)} index: a day of 1 Hz heart rate becomes a few
 * hundred buckets in the database, not 86,400 rows over the wire.
 */
public final class JdbcObservationSeries implements ObservationSeries {

    /** {@code %s} is the database's {@link EpochBuckets} expression. */
    private static final String DOWNSAMPLE = """
            SELECT bucket, MIN(v), AVG(v), MAX(v), COUNT(*) FROM (
                SELECT %s AS bucket, value_num AS v
                FROM care_observation
                WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?) numbered
            GROUP BY bucket ORDER BY bucket""";

    private static final String PAGE = """
            SELECT id, measured_at, value_num FROM care_observation
            WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?
              AND (measured_at > ? OR (measured_at = ? AND id > ?))
            ORDER BY measured_at, id
            FETCH FIRST ? ROWS ONLY""";

    private static final String LATEST = """
            SELECT o.id, o.measured_at, o.value_num, o.kind FROM care_latest_value l
            JOIN care_observation o ON o.measurement_id = l.measurement_id
            WHERE l.patient_id = ?""";

    private final DataSource dataSource;

    public JdbcObservationSeries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Bucket> downsample(UUID patientId, VitalKind kind, Instant from, Instant to, Duration width) {
        long seconds = width.toSeconds();
        if (seconds < 1) {
            throw new IllegalArgumentException("buckets are whole seconds");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(DOWNSAMPLE.formatted(EpochBuckets.of(c).sql()))) {
            ps.setLong(1, seconds);
            ps.setObject(2, patientId);
            ps.setString(3, kind.code());
            ps.setObject(4, JdbcObservationStore.utc(from));
            ps.setObject(5, JdbcObservationStore.utc(to));
            List<Bucket> buckets = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new Bucket(Instant.ofEpochSecond(rs.getLong(1) * seconds), rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4), rs.getLong(5)));
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new ObservationStoreException("downsampling " + kind.code() + " failed", e);
        }
    }

    @Override
    public SeriesPage page(UUID patientId, VitalKind kind, Instant from, Instant to, Optional<Cursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one value");
        }
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
            List<SeriesPoint> points = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new SeriesPoint(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getDouble(3)));
                }
            }
            if (points.size() <= limit) {
                return new SeriesPage(points, Optional.empty());
            }
            List<SeriesPoint> page = points.subList(0, limit);
            SeriesPoint last = page.get(limit - 1);
            return new SeriesPage(page, Optional.of(new Cursor(last.measuredAt(), last.id())));
        } catch (SQLException e) {
            throw new ObservationStoreException("reading " + kind.code() + " failed", e);
        }
    }

    /** From {@code care_latest_value}, which the ingest keeps: one look-up for every kind. */
    @Override
    public Map<VitalKind, LatestValue> latest(UUID patientId) {
        return latest(patientId, EnumSet.allOf(VitalKind.class));
    }

    /** The latest value of each of {@code kinds} that the patient has. */
    public Map<VitalKind, LatestValue> latest(UUID patientId, Set<VitalKind> kinds) {
        Map<VitalKind, LatestValue> latest = new EnumMap<>(VitalKind.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LATEST)) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<VitalKind> kind = VitalKind.fromCode(rs.getString(4)).filter(kinds::contains);
                    if (kind.isPresent()) {
                        latest.put(kind.get(), new LatestValue(kind.get(), rs.getDouble(3), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getLong(1)));
                    }
                }
            }
            return latest;
        } catch (SQLException e) {
            throw new ObservationStoreException("reading the latest values failed", e);
        }
    }
}

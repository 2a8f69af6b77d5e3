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
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.Bucket;
import org.vigil.care.domain.series.BucketSums;
import org.vigil.care.domain.series.ChartPlan;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.LatestValue;
import org.vigil.care.domain.series.ObservationSeries;
import org.vigil.care.domain.series.SeriesPage;
import org.vigil.care.domain.series.SeriesPoint;

/**
 * Series queries in SQL both H2 and PostgreSQL run unchanged, each served by the
 * {@code (patient_id, kind, measured_at, id)} index or the minute rollups' key: a day of 1 Hz heart
 * rate becomes a few hundred buckets from 1,440 rollup rows, not 86,400 values read and sent.
 */
public final class JdbcObservationSeries implements ObservationSeries {

    /** Per bucket of a span's values: count, exact sum, min, max. {@code %s} is the database's {@link EpochBuckets} expression. */
    private static final String VALUE_SUMS = """
            SELECT bucket, COUNT(*), %s, MIN(value_num), MAX(value_num) FROM (
                SELECT %%s AS bucket, value_num
                FROM care_observation
                WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND measured_at < ?) numbered
            GROUP BY bucket""".formatted(ExactSum.SQL);

    /** The same from the minute rollups: the minute number divided by the width in minutes is the bucket number. */
    private static final String MINUTE_SUMS = """
            SELECT bucket, SUM(value_count), SUM(value_sum), MIN(value_min), MAX(value_max) FROM (
                SELECT epoch_minute / ? AS bucket, value_count, value_sum, value_min, value_max
                FROM care_observation_minute
                WHERE patient_id = ? AND kind = ? AND epoch_minute >= ? AND epoch_minute < ?) numbered
            GROUP BY bucket""";

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

    /**
     * Whole minutes from the rollups when the buckets are whole minutes, the rest of the range from the values
     * ({@link ChartPlan}); the parts of a bucket are added up exactly, so the answer does not depend on the split.
     */
    @Override
    public List<Bucket> downsample(UUID patientId, VitalKind kind, Instant from, Instant to, Duration width) {
        return downsample(patientId, kind, ChartPlan.of(from, to, width), width);
    }

    /** The same read from the values alone, whatever the width: what the rollups must agree with. */
    List<Bucket> downsampleValues(UUID patientId, VitalKind kind, Instant from, Instant to, Duration width) {
        return downsample(patientId, kind, new ChartPlan(List.of(new ChartPlan.Span(from, to)), Optional.empty()), width);
    }

    private List<Bucket> downsample(UUID patientId, VitalKind kind, ChartPlan plan, Duration width) {
        long seconds = width.toSeconds();
        if (seconds < 1 || width.toNanosPart() != 0) {
            throw new IllegalArgumentException("buckets are whole seconds");
        }
        Map<Long, BucketSums> sums = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            if (!plan.raw().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(VALUE_SUMS.formatted(EpochBuckets.of(c).sql()))) {
                    for (ChartPlan.Span span : plan.raw()) {
                        ps.setLong(1, seconds);
                        ps.setObject(2, patientId);
                        ps.setString(3, kind.code());
                        ps.setObject(4, JdbcObservationStore.utc(span.from()));
                        ps.setObject(5, JdbcObservationStore.utc(span.to()));
                        addUp(ps, sums);
                    }
                }
            }
            if (plan.minutes().isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(MINUTE_SUMS)) {
                    ps.setLong(1, seconds / 60);
                    ps.setObject(2, patientId);
                    ps.setString(3, kind.code());
                    ps.setLong(4, plan.minutes().get().first());
                    ps.setLong(5, plan.minutes().get().end());
                    addUp(ps, sums);
                }
            }
        } catch (SQLException e) {
            throw new ObservationStoreException("downsampling " + kind.code() + " failed", e);
        }
        return sums.values().stream().map(b -> b.toBucket(width)).toList();
    }

    private static void addUp(PreparedStatement ps, Map<Long, BucketSums> sums) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                BucketSums part = new BucketSums(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getDouble(4), rs.getDouble(5));
                sums.merge(part.index(), part, BucketSums::plus);
            }
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

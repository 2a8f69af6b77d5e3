package org.vigil.stats.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.vigil.stats.domain.fleet.Metric;
import org.vigil.stats.domain.series.Bucket;
import org.vigil.stats.domain.series.Resolution;
import org.vigil.stats.domain.series.SeriesStore;

/**
 * The buckets in {@code stats_bucket}, on the caller's (JTA) connection. Adding to a minute is an
 * update, or an insert when the minute is new; the ingest locks the device's row first, so two
 * reports of one device never race for the same bucket.
 */
public final class JdbcSeriesStore implements SeriesStore {

    private static final String ADD = """
            UPDATE stats_bucket SET sample_count = sample_count + 1, value_sum = value_sum + ?, value_min = LEAST(value_min, ?),
                value_max = GREATEST(value_max, ?), value_last = ?
            WHERE device_id = ? AND metric = ? AND resolution = 'MINUTE' AND bucket_start = ?""";
    private static final String INSERT = """
            INSERT INTO stats_bucket (device_id, metric, resolution, bucket_start, sample_count, value_sum, value_min, value_max, value_last)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS = "device_id, metric, resolution, bucket_start, sample_count, value_sum, value_min, value_max, value_last";

    private final DataSource dataSource;

    public JdbcSeriesStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void add(String deviceId, Instant at, Map<Metric, Double> values) {
        Instant minute = Resolution.MINUTE.bucketOf(at);
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(ADD);
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Map.Entry<Metric, Double> e : values.entrySet()) {
                double v = e.getValue();
                update.setDouble(1, v);
                update.setDouble(2, v);
                update.setDouble(3, v);
                update.setDouble(4, v);
                update.setString(5, deviceId);
                update.setString(6, e.getKey().key());
                update.setObject(7, utc(minute));
                if (update.executeUpdate() == 0) {
                    bind(insert, new Bucket(deviceId, e.getKey(), Resolution.MINUTE, minute, 1, v, v, v, v));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the figures of " + deviceId + " failed", e);
        }
    }

    @Override
    public List<Bucket> between(Resolution resolution, Instant from, Instant to) {
        return query("SELECT " + COLUMNS + " FROM stats_bucket WHERE resolution = ? AND bucket_start >= ? AND bucket_start < ?",
                resolution.name(), utc(from), utc(to));
    }

    @Override
    public List<Bucket> series(String deviceId, Metric metric, Resolution resolution, Instant from) {
        return query("SELECT " + COLUMNS + " FROM stats_bucket WHERE device_id = ? AND metric = ? AND resolution = ? AND bucket_start >= ?"
                + " ORDER BY bucket_start", deviceId, metric.key(), resolution.name(), utc(from));
    }

    @Override
    public void insert(List<Bucket> buckets) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Bucket b : buckets) {
                bind(insert, b);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing rolled-up figures failed", e);
        }
    }

    @Override
    public int deleteBefore(Resolution resolution, Instant before) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM stats_bucket WHERE resolution = ? AND bucket_start < ?")) {
            delete.setString(1, resolution.name());
            delete.setObject(2, utc(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting old figures failed", e);
        }
    }

    private List<Bucket> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<Bucket> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Metric metric = Metric.ofKey(rs.getString(2)).orElse(null);
                    if (metric != null) {
                        rows.add(new Bucket(rs.getString(1), metric, Resolution.valueOf(rs.getString(3)),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getDouble(6), rs.getDouble(7),
                                rs.getDouble(8), rs.getDouble(9)));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading figures failed", e);
        }
    }

    private static void bind(PreparedStatement ps, Bucket b) throws SQLException {
        ps.setString(1, b.deviceId());
        ps.setString(2, b.metric().key());
        ps.setString(3, b.resolution().name());
        ps.setObject(4, utc(b.start()));
        ps.setLong(5, b.count());
        ps.setDouble(6, b.sum());
        ps.setDouble(7, b.min());
        ps.setDouble(8, b.max());
        ps.setDouble(9, b.last());
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}

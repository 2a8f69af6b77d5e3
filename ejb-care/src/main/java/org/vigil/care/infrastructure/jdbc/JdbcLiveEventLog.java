package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.live.Replay;

/**
 * The live event log in plain JDBC, in the caller's transaction. {@link #append} takes its ids by
 * updating the counter row, which stays locked until the caller commits: appends are serialized
 * from that point, so ids become visible in increasing order and a reader never sees id n before
 * an id below it. Call it last in a transaction, to hold the lock briefly.
 */
public final class JdbcLiveEventLog {

    private static final String COLUMNS = "id, patient_id, station_id, type, occurred_at, payload";

    private final DataSource dataSource;

    public JdbcLiveEventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the highest id given, or 0 when there was nothing to append */
    public long append(List<NewLiveEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            long last;
            try (PreparedStatement bump = c.prepareStatement("UPDATE care_live_event_counter SET last_id = last_id + ? WHERE name = 'live'")) {
                bump.setLong(1, events.size());
                bump.executeUpdate();
            }
            try (PreparedStatement read = c.prepareStatement("SELECT last_id FROM care_live_event_counter WHERE name = 'live'");
                 ResultSet rs = read.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            long id = last - events.size();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO care_live_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                for (NewLiveEvent e : events) {
                    insert.setLong(1, ++id);
                    insert.setObject(2, e.patientId());
                    if (e.stationId() == null) {
                        insert.setNull(3, Types.OTHER);
                    } else {
                        insert.setObject(3, e.stationId());
                    }
                    insert.setString(4, e.type().wire());
                    insert.setObject(5, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
                    insert.setString(6, e.payload());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return last;
        } catch (SQLException e) {
            throw new ObservationStoreException("appending " + events.size() + " live events failed", e);
        }
    }

    /** The highest committed id (0 for an empty log). */
    public long lastId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM care_live_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new ObservationStoreException("reading the live log's end failed", e);
        }
    }

    /** Every event after {@code id}, oldest first, at most {@code limit}. */
    public List<LiveEvent> after(long id, int limit) {
        return query("SELECT " + COLUMNS + " FROM care_live_event WHERE id > ? ORDER BY id", List.of(id), limit);
    }

    /**
     * What a station watching {@code patients} missed after {@code after} up to {@code upTo}
     * (inclusive), and whether the log still reaches back that far.
     */
    public Replay replay(Collection<UUID> patients, long after, long upTo, int limit) {
        if (after >= upTo) {
            return new Replay(List.of(), true);
        }
        boolean reachesBack = oldestId() <= after + 1;
        if (patients.isEmpty()) {
            return new Replay(List.of(), reachesBack);
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(after);
        parameters.add(upTo);
        parameters.addAll(patients);
        String marks = patients.stream().map(p -> "?").collect(Collectors.joining(","));
        List<LiveEvent> events = query("SELECT " + COLUMNS + " FROM care_live_event WHERE id > ? AND id <= ? AND patient_id IN (" + marks
                + ") ORDER BY id", parameters, limit + 1);
        // more than the window: send nothing, the station reloads instead of replaying a part
        return events.size() > limit ? new Replay(List.of(), false) : new Replay(events, reachesBack);
    }

    /** Deletes events older than {@code before}; @return how many */
    public int prune(Instant before) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM care_live_event WHERE occurred_at < ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ObservationStoreException("pruning the live log failed", e);
        }
    }

    private long oldestId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MIN(id), 0) FROM care_live_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long oldest = rs.getLong(1);
            return oldest == 0 ? Long.MAX_VALUE : oldest;
        } catch (SQLException e) {
            throw new ObservationStoreException("reading the live log's start failed", e);
        }
    }

    private List<LiveEvent> query(String sql, List<Object> parameters, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            ps.setMaxRows(limit);
            List<LiveEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new LiveEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            LiveEventType.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new ObservationStoreException("reading the live log failed", e);
        }
    }
}

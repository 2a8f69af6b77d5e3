package org.vigil.client.gateway.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;

/**
 * The gateway's durable store and forward queue: a SQLite database in write-ahead-log mode with
 * {@code synchronous=FULL}, so {@link #append} returns only once the measurements are fsync'd
 * and survive a power cut; only then may the device be acknowledged.
 *
 * <p>Bounded: at {@code capacity} measurements, room for new ones is made by dropping the oldest
 * {@linkplain Kind.Retention#SHEDDABLE sheddable} ones (second-by-second heart rate and RR
 * intervals, room sensors, steps), counted per kind. Protected kinds (blood pressure, pulse,
 * body temperature, SpO2) are never dropped: when only they are left, new measurements are
 * refused with {@link OutboxFullException}.
 *
 * <p>Thread-safe; one instance per database file.
 */
public final class Outbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    private static final String FILE = "outbox.db";
    /** Rejected measurements kept for inspection; older ones are only counted. */
    private static final int REJECTED_KEPT = 10_000;

    private final Connection db;
    private final long capacity;
    private final Clock clock;
    private long depth;

    private Outbox(Connection db, long capacity, Clock clock) throws SQLException {
        this.db = db;
        this.capacity = capacity;
        this.clock = clock;
        this.depth = count("SELECT count(*) FROM outbox");
    }

    /** Opens (creating if needed) the outbox in {@code directory}. */
    public static Outbox open(Path directory, long capacity) {
        return open(directory, capacity, Clock.systemUTC());
    }

    static Outbox open(Path directory, long capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        try {
            Files.createDirectories(directory);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(FILE));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // FULL: the WAL is fsync'd at every commit, so a committed append survives power loss
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                        + " kind TEXT NOT NULL, value REAL NOT NULL, measured_at TEXT NOT NULL, device TEXT NOT NULL,"
                        + " sheddable INTEGER NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS outbox_sheddable ON outbox (sheddable, seq)");
                s.execute("CREATE TABLE IF NOT EXISTS rejected (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL,"
                        + " kind TEXT NOT NULL, value REAL NOT NULL, measured_at TEXT NOT NULL, device TEXT NOT NULL,"
                        + " reason TEXT NOT NULL, rejected_at TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
            }
            db.setAutoCommit(false);
            return new Outbox(db, capacity, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new OutboxException("cannot open the outbox in " + directory, e);
        }
    }

    /**
     * Stores the measurements durably, all or none. A measurement whose id is already waiting is
     * stored once. Returns how many were new.
     */
    public synchronized int append(List<Measurement> measurements) throws OutboxFullException {
        try {
            long lastBefore = lastSeq();
            int added = 0;
            try (PreparedStatement insert = db.prepareStatement("INSERT OR IGNORE INTO outbox"
                    + " (id, kind, value, measured_at, device, sheddable) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Measurement m : measurements) {
                    insert.setString(1, m.id().toString());
                    insert.setString(2, m.kind().code());
                    insert.setDouble(3, m.value());
                    insert.setString(4, m.measuredAt().toString());
                    insert.setString(5, m.device());
                    insert.setInt(6, m.kind().retention() == Kind.Retention.SHEDDABLE ? 1 : 0);
                    added += insert.executeUpdate();
                }
            }
            long overflow = depth + added - capacity;
            if (overflow > 0) {
                shedOldest(overflow, lastBefore);
            }
            db.commit();
            depth += added - Math.max(overflow, 0);
            return added;
        } catch (OutboxFullException e) {
            rollback();
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new OutboxException("cannot store " + measurements.size() + " measurement(s)", e);
        }
    }

    /** Only what waited before this append may be shed: new measurements are stored or refused. */
    private void shedOldest(long count, long lastBefore) throws SQLException, OutboxFullException {
        Map<Kind, Long> shed = new EnumMap<>(Kind.class);
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement oldest = db.prepareStatement(
                "SELECT seq, kind FROM outbox WHERE sheddable = 1 AND seq <= ? ORDER BY seq LIMIT ?")) {
            oldest.setLong(1, lastBefore);
            oldest.setLong(2, count);
            try (ResultSet rs = oldest.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    shed.merge(kind(rs.getString(2)), 1L, Long::sum);
                }
            }
        }
        if (seqs.size() < count) {
            throw new OutboxFullException("outbox full: " + capacity + " measurements waiting and too few of them may be"
                    + " dropped to make room; nothing stored");
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            for (long seq : seqs) {
                delete.setLong(1, seq);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        for (Map.Entry<Kind, Long> e : shed.entrySet()) {
            increment("shed." + e.getKey().code(), e.getValue());
        }
        LOG.log(System.Logger.Level.WARNING, "outbox full at {0}: dropped the oldest {1}", capacity, shed);
    }

    /** Up to {@code max} waiting measurements, oldest first. */
    public synchronized List<Measurement> peek(int max) {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, kind, value, measured_at, device FROM outbox ORDER BY seq LIMIT ?")) {
            select.setInt(1, max);
            List<Measurement> batch = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(measurement(rs, 1));
                }
            }
            db.commit();
            return batch;
        } catch (SQLException e) {
            rollback();
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    /** Removes the measurements the server has acknowledged. Unknown ids are ignored. */
    public synchronized void remove(Collection<UUID> ids) {
        try {
            int removed = deleteById(ids);
            db.commit();
            depth -= removed;
        } catch (SQLException e) {
            rollback();
            throw new OutboxException("cannot remove " + ids.size() + " measurement(s)", e);
        }
    }

    /**
     * Moves measurements the server refused out of the queue into the rejected record, with the
     * server's reason, so they are neither retried forever nor lost without a trace.
     */
    public synchronized void reject(Map<UUID, String> reasons) {
        try {
            try (PreparedStatement copy = db.prepareStatement("INSERT INTO rejected"
                    + " (id, kind, value, measured_at, device, reason, rejected_at)"
                    + " SELECT id, kind, value, measured_at, device, ?, ? FROM outbox WHERE id = ?")) {
                for (Map.Entry<UUID, String> e : reasons.entrySet()) {
                    copy.setString(1, e.getValue() == null ? "(no reason given)" : e.getValue());
                    copy.setString(2, clock.instant().toString());
                    copy.setString(3, e.getKey().toString());
                    copy.addBatch();
                }
                copy.executeBatch();
            }
            int removed = deleteById(reasons.keySet());
            increment("rejected", removed);
            try (Statement trim = db.createStatement()) {
                trim.execute("DELETE FROM rejected WHERE seq <= (SELECT max(seq) FROM rejected) - " + REJECTED_KEPT);
            }
            db.commit();
            depth -= removed;
        } catch (SQLException e) {
            rollback();
            throw new OutboxException("cannot record " + reasons.size() + " rejected measurement(s)", e);
        }
    }

    /** The most recently rejected measurements, newest first. */
    public synchronized List<RejectedMeasurement> rejected(int max) {
        try (PreparedStatement select = db.prepareStatement("SELECT id, kind, value, measured_at, device, reason,"
                + " rejected_at FROM rejected ORDER BY seq DESC LIMIT ?")) {
            select.setInt(1, max);
            List<RejectedMeasurement> list = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    list.add(new RejectedMeasurement(measurement(rs, 1), rs.getString(6), Instant.parse(rs.getString(7))));
                }
            }
            db.commit();
            return list;
        } catch (SQLException e) {
            rollback();
            throw new OutboxException("cannot read the rejected measurements", e);
        }
    }

    /** How many measurements wait for upload. */
    public synchronized long depth() {
        return depth;
    }

    public synchronized OutboxStats stats() {
        try {
            long rejected = 0;
            Map<Kind, Long> shed = new EnumMap<>(Kind.class);
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM counters")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name.equals("rejected")) {
                        rejected = rs.getLong(2);
                    } else if (name.startsWith("shed.")) {
                        shed.put(kind(name.substring("shed.".length())), rs.getLong(2));
                    }
                }
            }
            db.commit();
            return new OutboxStats(depth, capacity, rejected, shed);
        } catch (SQLException e) {
            rollback();
            throw new OutboxException("cannot read the outbox counters", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new OutboxException("cannot close the outbox", e);
        }
    }

    private int deleteById(Collection<UUID> ids) throws SQLException {
        int removed = 0;
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
            for (UUID id : ids) {
                delete.setString(1, id.toString());
                removed += delete.executeUpdate();
            }
        }
        return removed;
    }

    private void increment(String counter, long by) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO counters (name, value) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value = value + excluded.value")) {
            upsert.setString(1, counter);
            upsert.setLong(2, by);
            upsert.executeUpdate();
        }
    }

    private long lastSeq() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT ifnull(max(seq), 0) FROM outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            db.commit();
            return n;
        }
    }

    private static Measurement measurement(ResultSet rs, int first) throws SQLException {
        return new Measurement(UUID.fromString(rs.getString(first)), kind(rs.getString(first + 1)),
                rs.getDouble(first + 2), Instant.parse(rs.getString(first + 3)), rs.getString(first + 4));
    }

    private static Kind kind(String code) {
        return Kind.fromCode(code).orElseThrow(() -> new OutboxException("unknown kind in the outbox: " + code, null));
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.ERROR, "outbox rollback failed", e);
        }
    }
}

package org.vigil.care.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.ObservationStore;

/**
 * The ingest hot path: plain JDBC, one query to find the ids already stored and one batched
 * insert of the rest, in the caller's (JTA) transaction when the data source is enlisted.
 *
 * <p>The look-up first, because a driver may answer a batch with "succeeded, count unknown"
 * (PostgreSQL's {@code reWriteBatchedInserts}); then only ids another upload stored in between
 * can be skipped by the conflict-tolerant insert, and those report 0 where counts are known.
 *
 * <p>The same transaction keeps the latest value per kind and the per-minute rollups the charts read.
 * The rollups count what the insert reports as stored; with a driver that answers "count unknown" a value
 * a concurrent upload stored between the look-up and the insert would count twice, so such drivers
 * (PostgreSQL's {@code reWriteBatchedInserts}) must stay off.
 */
public final class JdbcObservationStore implements ObservationStore {

    /** Well under PostgreSQL's 32,767 bind parameters and H2's expression limits. */
    static final int LOOKUP_CHUNK = 1000;

    /** How often an upsert runs when H2 reports the first-insert race (see retryingFirstInsertRace). */
    private static final int UPSERT_ATTEMPTS = 3;

    private final DataSource dataSource;

    public JdbcObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<UUID> insertNew(List<NewObservation> observations) {
        try (Connection c = dataSource.getConnection()) {
            return insertNew(c, observations);
        } catch (SQLException e) {
            throw new ObservationStoreException("storing " + observations.size() + " observations failed", e);
        }
    }

    /** The same on a connection the caller owns (its transaction, its closing). */
    public Set<UUID> insertNew(Connection c, List<NewObservation> observations) throws SQLException {
        Set<UUID> known = alreadyStored(c, observations);
        List<NewObservation> fresh = observations.stream().filter(o -> !known.contains(o.measurementId())).toList();
        if (fresh.isEmpty()) {
            return Set.of();
        }
        ObservationWriteSql dialect = ObservationWriteSql.of(c);
        try (PreparedStatement insert = c.prepareStatement(dialect.insert())) {
            for (NewObservation o : fresh) {
                bind(insert, o);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            Set<UUID> stored = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
                    stored.add(fresh.get(i).measurementId());
                }
            }
            moveLatestForward(c, dialect, fresh.stream().filter(o -> stored.contains(o.measurementId())).toList());
            addToMinutes(c, dialect, List.copyOf(stored));
            return stored;
        }
    }

    /** Keeps {@code care_latest_value}: per patient and kind, the newest of what was stored (the later one on a tie). */
    private static void moveLatestForward(Connection c, ObservationWriteSql dialect, List<NewObservation> stored) throws SQLException {
        Map<List<Object>, NewObservation> newest = new LinkedHashMap<>();
        for (NewObservation o : stored) {
            newest.merge(List.of(o.patientId(), o.kind()), o, (kept, next) -> next.measuredAt().isBefore(kept.measuredAt()) ? kept : next);
        }
        if (newest.isEmpty()) {
            return;
        }
        retryingFirstInsertRace(() -> {
            try (PreparedStatement upsert = c.prepareStatement(dialect.moveLatest())) {
                for (NewObservation o : newest.values()) {
                    upsert.setObject(1, o.patientId());
                    upsert.setString(2, o.kind().code());
                    upsert.setObject(3, utc(o.measuredAt()));
                    upsert.setObject(4, o.measurementId());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    /**
     * Adds the values this upload stored, and only those (a re-sent value was skipped above and is not in
     * {@code stored}), to their minutes in {@code care_observation_minute}, in the same transaction: one
     * upsert per patient, kind and minute, which takes that row's lock only, in a fixed order so two uploads
     * touching the same minutes cannot deadlock.
     */
    private static void addToMinutes(Connection c, ObservationWriteSql dialect, List<UUID> stored) throws SQLException {
        EpochBuckets minutes = EpochBuckets.of(dialect);
        for (List<UUID> chunk : chunks(stored)) {
            retryingFirstInsertRace(() -> {
                try (PreparedStatement upsert = c.prepareStatement(dialect.addToMinutes(minutes, chunk.size()))) {
                    upsert.setLong(1, 60);
                    for (int i = 0; i < chunk.size(); i++) {
                        upsert.setObject(i + 2, chunk.get(i));
                    }
                    upsert.executeUpdate();
                }
            });
        }
    }

    private interface Upsert {
        void run() throws SQLException;
    }

    /**
     * H2's MERGE is not atomic: two uploads bringing the first row of a key at once both take its insert
     * branch, and the second fails once the first commits. H2 undoes the failed statement alone; the row is
     * there now, so the statement run again takes its update branch. PostgreSQL's ON CONFLICT never gets
     * here, and a failed statement would end its transaction.
     */
    private static void retryingFirstInsertRace(Upsert upsert) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                upsert.run();
                return;
            } catch (SQLException e) {
                if (!isUniqueViolation(e) || attempt == UPSERT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static Set<UUID> alreadyStored(Connection c, List<NewObservation> observations) throws SQLException {
        Set<UUID> known = new HashSet<>();
        for (List<NewObservation> chunk : chunks(observations)) {
            String marks = chunk.stream().map(o -> "?").collect(Collectors.joining(","));
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT measurement_id FROM care_observation WHERE measurement_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setObject(i + 1, chunk.get(i).measurementId());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return known;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += LOOKUP_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + LOOKUP_CHUNK)));
        }
        return chunks;
    }

    private static void bind(PreparedStatement ps, NewObservation o) throws SQLException {
        int i = 1;
        ps.setObject(i++, o.measurementId());
        ps.setObject(i++, o.patientId());
        ps.setString(i++, o.kind().code());
        ps.setDouble(i++, o.value());
        ps.setString(i++, o.kind().unit());
        ps.setObject(i++, utc(o.measuredAt()));
        ps.setObject(i++, utc(o.receivedAt()));
        setNullable(ps, i++, o.device());
        setNullable(ps, i++, o.gatewayClient());
        if (o.enteredBy() == null) {
            ps.setNull(i, Types.OTHER);
        } else {
            ps.setObject(i, o.enteredBy());
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}

package org.vigil.care.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.support.CareSchema;

/** What the ingest store must do on every database the server runs on. */
abstract class ObservationStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00.123456Z");

    abstract DataSource dataSource();

    private DataSource ds;
    private JdbcObservationStore store;
    private UUID patient;

    @BeforeEach
    void patient() throws SQLException {
        ds = dataSource();
        store = new JdbcObservationStore(ds);
        patient = CareSchema.insertPatient(ds);
    }

    private NewObservation heartRate(int second) {
        return new NewObservation(UUID.randomUUID(), patient, VitalKind.HEART_RATE, 60 + second % 40,
                T0.plusSeconds(second), T0.plusSeconds(3600), "AA:BB:CC:DD:EE:FF", "gateway-1", null);
    }

    @Test
    void storesNewMeasurementsAndReportsEachOnce() throws SQLException {
        List<NewObservation> batch = IntStream.range(0, 5).mapToObj(this::heartRate).toList();

        assertThat(store.insertNew(batch)).containsExactlyInAnyOrderElementsOf(batch.stream().map(NewObservation::measurementId).toList());
        assertThat(store.insertNew(batch)).as("the retried batch").isEmpty();
        assertThat(rows()).isEqualTo(5);
    }

    @Test
    void aBatchMixingKnownAndNewIdsStoresOnlyTheNewOnes() throws SQLException {
        List<NewObservation> first = IntStream.range(0, 3).mapToObj(this::heartRate).toList();
        store.insertNew(first);
        List<NewObservation> second = new ArrayList<>(first.subList(1, 3));
        NewObservation fresh = heartRate(10);
        second.add(fresh);

        assertThat(store.insertNew(second)).containsExactly(fresh.measurementId());
        assertThat(rows()).isEqualTo(4);
    }

    @Test
    void batchesLargerThanOneLookupAreChunked() throws SQLException {
        int n = JdbcObservationStore.LOOKUP_CHUNK + 250;
        List<NewObservation> batch = IntStream.range(0, n).mapToObj(this::heartRate).toList();
        store.insertNew(batch.subList(0, 700));

        assertThat(store.insertNew(batch)).hasSize(n - 700);
        assertThat(rows()).isEqualTo(n);
    }

    @Test
    void theInsertItselfSkipsAnIdStoredSinceTheLookupAndTheTransactionGoesOn() throws SQLException {
        NewObservation stored = heartRate(1);
        store.insertNew(List.of(stored));
        NewObservation other = heartRate(2);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            ObservationWriteSql sql = ObservationWriteSql.of(c);
            try (PreparedStatement ps = c.prepareStatement(sql.insert())) {
                bindMinimal(ps, stored);
                ps.addBatch();
                bindMinimal(ps, other);
                ps.addBatch();
                int[] counts = ps.executeBatch();
                assertThat(counts).containsExactly(0, 1);
            }
            c.commit();
        }
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void everyColumnRoundTripsIncludingMicrosecondTimesAndAbsentOptionalFields() throws SQLException {
        UUID nurse = UUID.randomUUID();
        NewObservation manual = new NewObservation(UUID.randomUUID(), patient, VitalKind.RESPIRATORY_RATE, 18,
                T0, T0.plusSeconds(5), null, null, nurse);
        store.insertNew(List.of(manual));

        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT kind, value_num, unit, measured_at, received_at, device, gateway_client, entered_by, id"
                        + " FROM care_observation WHERE measurement_id = ?")) {
            ps.setObject(1, manual.measurementId());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("respiratory-rate");
                assertThat(rs.getDouble(2)).isEqualTo(18.0);
                assertThat(rs.getString(3)).isEqualTo("/min");
                assertThat(rs.getObject(4, java.time.OffsetDateTime.class).toInstant()).isEqualTo(T0);
                assertThat(rs.getObject(5, java.time.OffsetDateTime.class).toInstant()).isEqualTo(T0.plusSeconds(5));
                assertThat(rs.getString(6)).isNull();
                assertThat(rs.getString(7)).isNull();
                assertThat(rs.getObject(8, UUID.class)).isEqualTo(nurse);
                assertThat(rs.getLong(9)).isPositive();
            }
        }
    }

    /**
     * Two uploads each bring a patient's first heart rate, in transactions open at once: the first
     * one's new latest-value row is not yet committed when the second wants to insert its own.
     */
    @Test
    void twoUploadsOfAPatientsFirstValueAtOnceBothStore() throws Exception {
        NewObservation earlier = heartRate(1);
        NewObservation later = heartRate(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection first = ds.getConnection(); Connection second = ds.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            store.insertNew(first, List.of(earlier));
            Future<Set<UUID>> racing = other.submit(() -> store.insertNew(second, List.of(later)));
            Thread.sleep(300); // the second upload meets the first one's uncommitted row before that commits
            first.commit();
            assertThat(racing.get(30, TimeUnit.SECONDS)).containsExactly(later.measurementId());
            second.commit();
        } finally {
            other.shutdownNow();
        }
        assertThat(rows()).isEqualTo(2);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT measurement_id FROM care_latest_value WHERE patient_id = ? AND kind = 'heart-rate'")) {
            ps.setObject(1, patient);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, UUID.class)).as("the later value is the latest").isEqualTo(later.measurementId());
            }
        }
    }

    static void bindMinimal(PreparedStatement ps, NewObservation o) throws SQLException {
        ps.setObject(1, o.measurementId());
        ps.setObject(2, o.patientId());
        ps.setString(3, o.kind().code());
        ps.setDouble(4, o.value());
        ps.setString(5, o.kind().unit());
        ps.setObject(6, JdbcObservationStore.utc(o.measuredAt()));
        ps.setObject(7, JdbcObservationStore.utc(o.receivedAt()));
        ps.setString(8, o.device());
        ps.setString(9, o.gatewayClient());
        ps.setNull(10, java.sql.Types.OTHER);
    }

    private long rows() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM care_observation WHERE patient_id = ?")) {
            ps.setObject(1, patient);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

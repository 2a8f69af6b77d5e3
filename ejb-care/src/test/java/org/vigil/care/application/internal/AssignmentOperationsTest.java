package org.vigil.care.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.assignment.AssignmentRecords;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

/**
 * The supervisors' assignment operations over in-memory records: each change and each history read is on the audit
 * trail with the texts the console's audit page and the ITs read, and a refused call leaves nothing behind.
 */
class AssignmentOperationsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");
    private static final UUID SUPERVISOR = UUID.randomUUID();
    private static final Caller AS_SUPERVISOR = new Caller(SUPERVISOR.toString(), false, Set.of("supervisor"), Set.of("openid"), true,
            "192.0.2.10");

    private final Records records = new Records();
    private final List<Recorded> audit = new ArrayList<>();
    private final List<NewLiveEvent> live = new ArrayList<>();
    private final AssignmentOperations operations = new AssignmentOperations(records, live::addAll,
            (actor, action, target, address, details) -> audit.add(new Recorded(actor, action, target, address, details)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final UUID patient = records.patient();
    private final UUID ward = records.station();
    private final UUID icu = records.station();

    record Recorded(String actor, String action, String target, String address, String details) {
    }

    @Test
    void anAssignmentIsStoredPublishedAndAuditedWithItsReason() {
        AssignmentView made = operations.assign(AS_SUPERVISOR, patient, ward, "  night watch  ");

        assertThat(made.patientId()).isEqualTo(patient);
        assertThat(made.assignedBy()).isEqualTo(SUPERVISOR);
        assertThat(made.assignedAt()).isEqualTo(NOW);
        assertThat(live).extracting(NewLiveEvent::type).containsExactly(LiveEventType.ASSIGNED);
        assertThat(audit).containsExactly(new Recorded("account:" + SUPERVISOR, "assignment.assign", "patient:" + patient, "192.0.2.10",
                "assignment " + made.id() + " station " + ward + " reason: night watch"));
    }

    @Test
    void aReassignmentIsAuditedAsTheNewAssignmentAndABlankReasonIsLeftOut() {
        AssignmentView first = operations.assign(AS_SUPERVISOR, patient, ward, null);
        audit.clear();
        live.clear();

        AssignmentView next = operations.reassign(AS_SUPERVISOR, first.id(), icu, " ");

        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(records.find(first.id()).orElseThrow().active()).isFalse();
        assertThat(live).extracting(NewLiveEvent::type).containsExactly(LiveEventType.RELEASED, LiveEventType.ASSIGNED);
        assertThat(audit).containsExactly(new Recorded("account:" + SUPERVISOR, "assignment.reassign", "patient:" + patient, "192.0.2.10",
                "assignment " + next.id() + " station " + icu));
    }

    @Test
    void aReleaseIsAuditedAsTheEndedAssignment() {
        AssignmentView first = operations.assign(AS_SUPERVISOR, patient, ward, null);
        audit.clear();

        AssignmentView ended = operations.release(AS_SUPERVISOR, first.id(), "discharged");

        assertThat(ended.releasedBy()).isEqualTo(SUPERVISOR);
        assertThat(audit).containsExactly(new Recorded("account:" + SUPERVISOR, "assignment.release", "patient:" + patient, "192.0.2.10",
                "assignment " + first.id() + " station " + ward + " reason: discharged"));
    }

    @Test
    void readingTheHistoryIsAuditedByWhatWasRead() {
        operations.assign(AS_SUPERVISOR, patient, ward, null);
        operations.assign(AS_SUPERVISOR, patient, icu, null);
        audit.clear();

        assertThat(operations.history(AS_SUPERVISOR, patient, null)).extracting(AssignmentView::stationId).containsExactly(icu, ward);
        assertThat(operations.history(AS_SUPERVISOR, null, ward)).hasSize(1);

        assertThat(audit).containsExactly(
                new Recorded("account:" + SUPERVISOR, "assignment.history", "patient:" + patient, "192.0.2.10", null),
                new Recorded("account:" + SUPERVISOR, "assignment.history", "station:" + ward, "192.0.2.10", null));
    }

    @Test
    void aCallerWhoIsNoSupervisorIsRefusedBeforeAnythingIsLookedAtAndNothingIsRecorded() {
        AssignmentView first = operations.assign(AS_SUPERVISOR, patient, ward, null);
        audit.clear();
        live.clear();
        Caller nurse = new Caller(UUID.randomUUID().toString(), false, Set.of("nurse"), Set.of("openid"), true, "192.0.2.11");
        Caller viaOutsideApp = new Caller(UUID.randomUUID().toString(), false, Set.of("supervisor"), Set.of("openid"), false, null);

        assertThat(refused(() -> operations.assign(nurse, UUID.randomUUID(), UUID.randomUUID(), null)).status()).isEqualTo(403);
        assertThat(refused(() -> operations.reassign(nurse, 999, icu, null)).status()).as("not a 404 for an unknown assignment")
                .isEqualTo(403);
        assertThat(refused(() -> operations.release(viaOutsideApp, first.id(), null)).detail())
                .isEqualTo("Care calls are open to Vigil's own applications only; this token was issued to another.");
        assertThat(refused(() -> operations.history(nurse, null, null)).status()).as("not a 400 for the missing ids").isEqualTo(403);

        assertThat(records.all).hasSize(1);
        assertThat(records.find(first.id()).orElseThrow().active()).isTrue();
        assertThat(live).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void aRefusedChangeOrReadIsNotAudited() {
        operations.assign(AS_SUPERVISOR, patient, ward, null);
        audit.clear();

        assertThat(refused(() -> operations.assign(AS_SUPERVISOR, patient, ward, null)).status()).isEqualTo(409);
        assertThat(refused(() -> operations.assign(AS_SUPERVISOR, UUID.randomUUID(), ward, null)).type())
                .hasToString("urn:vigil:problem:unknown-patient");
        assertThat(refused(() -> operations.assign(AS_SUPERVISOR, patient, UUID.randomUUID(), null)).type())
                .hasToString("urn:vigil:problem:unknown-station");
        assertThat(refused(() -> operations.release(AS_SUPERVISOR, 999, null)).status()).isEqualTo(404);
        assertThat(refused(() -> operations.history(AS_SUPERVISOR, patient, ward)).detail())
                .isEqualTo("Name exactly one of patientId and stationId.");

        assertThat(audit).isEmpty();
    }

    private static CareRefusal refused(Runnable call) {
        CareRefusal refusal = catchThrowableOfType(CareRefusal.class, call::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    /** Patients, stations and assignments in memory; ids are numbered as the database numbers them. */
    static final class Records implements AssignmentRecords {

        final List<Assignment> all = new ArrayList<>();
        private final Set<UUID> patients = new HashSet<>();
        private final Set<UUID> stations = new HashSet<>();

        UUID patient() {
            UUID id = UUID.randomUUID();
            patients.add(id);
            return id;
        }

        UUID station() {
            UUID id = UUID.randomUUID();
            stations.add(id);
            return id;
        }

        @Override
        public boolean monitoredPatient(UUID patientId) {
            return patients.contains(patientId);
        }

        @Override
        public boolean activeStation(UUID stationId) {
            return stations.contains(stationId);
        }

        @Override
        public Optional<Assignment> find(long assignmentId) {
            return all.stream().filter(a -> a.id() == assignmentId).findFirst();
        }

        @Override
        public boolean lasting(UUID patientId, UUID stationId) {
            return all.stream().anyMatch(a -> a.active() && a.patientId().equals(patientId) && a.stationId().equals(stationId));
        }

        @Override
        public Assignment add(UUID patientId, UUID stationId, UUID supervisor, Instant at) {
            Assignment stored = new Numbered(all.size() + 1L, patientId, stationId, supervisor, at);
            all.add(stored);
            return stored;
        }

        @Override
        public List<Assignment> ofPatient(UUID patientId) {
            return all.stream().filter(a -> a.patientId().equals(patientId)).sorted(NEWEST_FIRST).toList();
        }

        @Override
        public List<Assignment> ofStation(UUID stationId) {
            return all.stream().filter(a -> a.stationId().equals(stationId)).sorted(NEWEST_FIRST).toList();
        }

        private static final Comparator<Assignment> NEWEST_FIRST = Comparator.comparing(Assignment::assignedAt)
                .thenComparing(Assignment::id).reversed();
    }

    /** An assignment with the id the database would have given it. */
    static final class Numbered extends Assignment {

        private final long id;

        Numbered(long id, UUID patientId, UUID stationId, UUID supervisor, Instant at) {
            super(patientId, stationId, supervisor, at);
            this.id = id;
        }

        @Override
        public Long id() {
            return id;
        }
    }
}

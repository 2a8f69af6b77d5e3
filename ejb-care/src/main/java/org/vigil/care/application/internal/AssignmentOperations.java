package org.vigil.care.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareAccessRule;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.assignment.AssignmentRecords;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

/**
 * What {@link DefaultAssignmentService} does, without a server: a supervisor (by {@link CareAccessRule}) assigns,
 * reassigns, releases and reads the history; each change is stored, handed to the live log and put on the audit trail,
 * all in the caller's transaction.
 */
final class AssignmentOperations {

    private final AssignmentRecords records;
    private final Consumer<List<NewLiveEvent>> live;
    private final AuditRecorder audit;
    private final Clock clock;

    AssignmentOperations(AssignmentRecords records, Consumer<List<NewLiveEvent>> live, AuditRecorder audit, Clock clock) {
        this.records = records;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    AssignmentView assign(Caller caller, UUID patientId, UUID stationId, String reason) {
        UUID supervisor = CareAccessRule.supervisor(caller);
        requireActive(patientId, stationId);
        Instant now = clock.instant();
        Assignment assignment = create(patientId, stationId, supervisor, now);
        live.accept(List.of(LivePayloads.assignment(assignment, true, now)));
        audited(supervisor, caller, "assignment.assign", assignment, reason);
        return AssignmentView.of(assignment);
    }

    AssignmentView reassign(Caller caller, long assignmentId, UUID toStationId, String reason) {
        UUID supervisor = CareAccessRule.supervisor(caller);
        Assignment current = lasting(assignmentId);
        requireActive(current.patientId(), toStationId);
        Instant now = clock.instant();
        current.release(supervisor, now);
        Assignment next = create(current.patientId(), toStationId, supervisor, now);
        live.accept(List.of(LivePayloads.assignment(current, false, now), LivePayloads.assignment(next, true, now)));
        audited(supervisor, caller, "assignment.reassign", next, reason);
        return AssignmentView.of(next);
    }

    AssignmentView release(Caller caller, long assignmentId, String reason) {
        UUID supervisor = CareAccessRule.supervisor(caller);
        Assignment current = lasting(assignmentId);
        Instant now = clock.instant();
        current.release(supervisor, now);
        live.accept(List.of(LivePayloads.assignment(current, false, now)));
        audited(supervisor, caller, "assignment.release", current, reason);
        return AssignmentView.of(current);
    }

    List<AssignmentView> history(Caller caller, UUID patientId, UUID stationId) {
        UUID supervisor = CareAccessRule.supervisor(caller);
        if ((patientId == null) == (stationId == null)) {
            throw CareRefusal.invalid("Name exactly one of patientId and stationId.");
        }
        List<AssignmentView> history = (patientId != null ? records.ofPatient(patientId) : records.ofStation(stationId)).stream()
                .map(AssignmentView::of).toList();
        audit.record(CareAccessRule.auditName(supervisor), "assignment.history",
                patientId != null ? "patient:" + patientId : "station:" + stationId, caller.address(), null);
        return history;
    }

    private Assignment create(UUID patientId, UUID stationId, UUID supervisor, Instant now) {
        if (records.lasting(patientId, stationId)) {
            throw CareRefusal.conflict("already-assigned", "The patient " + patientId + " is assigned to the station " + stationId + " already.");
        }
        return records.add(patientId, stationId, supervisor, now);
    }

    private Assignment lasting(long assignmentId) {
        Assignment a = records.find(assignmentId).orElseThrow(() -> CareRefusal.notFound("assignment", assignmentId));
        if (!a.active()) {
            throw CareRefusal.conflict("assignment-ended", "The assignment " + assignmentId + " ended at " + a.releasedAt() + ".");
        }
        return a;
    }

    private void requireActive(UUID patientId, UUID stationId) {
        if (!records.monitoredPatient(patientId)) {
            throw CareRefusal.notFound("patient", patientId);
        }
        if (!records.activeStation(stationId)) {
            throw CareRefusal.notFound("station", stationId);
        }
    }

    private void audited(UUID supervisor, Caller caller, String action, Assignment a, String reason) {
        audit.record(CareAccessRule.auditName(supervisor), action, "patient:" + a.patientId(), caller.address(),
                "assignment " + a.id() + " station " + a.stationId() + (reason == null || reason.isBlank() ? "" : " reason: " + reason.strip()));
    }
}

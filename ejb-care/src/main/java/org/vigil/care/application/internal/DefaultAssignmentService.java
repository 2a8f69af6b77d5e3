package org.vigil.care.application.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.AssignmentService;
import org.vigil.care.application.AssignmentView;
import org.vigil.care.infrastructure.persistence.JpaAssignmentRecords;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultAssignmentService implements AssignmentService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    LiveEventPublisher publisher;

    @EJB
    AuditRecorder audit;

    @Override
    public AssignmentView assign(Caller caller, UUID patientId, UUID stationId, String reason) {
        return operations().assign(caller, patientId, stationId, reason);
    }

    @Override
    public AssignmentView reassign(Caller caller, long assignmentId, UUID toStationId, String reason) {
        return operations().reassign(caller, assignmentId, toStationId, reason);
    }

    @Override
    public AssignmentView release(Caller caller, long assignmentId, String reason) {
        return operations().release(caller, assignmentId, reason);
    }

    @Override
    public List<AssignmentView> history(Caller caller, UUID patientId, UUID stationId) {
        return operations().history(caller, patientId, stationId);
    }

    private AssignmentOperations operations() {
        return new AssignmentOperations(new JpaAssignmentRecords(em), publisher::publish, audit, Clock.systemUTC());
    }
}

package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.AssignmentService;
import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.patient.Patient;

@Stateless
public class DefaultAssignmentService implements AssignmentService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    LiveEventPublisher publisher;

    @Override
    public AssignmentView assign(UUID patientId, UUID stationId, UUID supervisor) {
        requireActive(patientId, stationId);
        Instant now = Instant.now();
        Assignment assignment = create(patientId, stationId, supervisor, now);
        publisher.publish(List.of(LivePayloads.assignment(assignment, true, now)));
        return AssignmentView.of(assignment);
    }

    @Override
    public AssignmentView reassign(long assignmentId, UUID toStationId, UUID supervisor) {
        Assignment current = lasting(assignmentId);
        requireActive(current.patientId(), toStationId);
        Instant now = Instant.now();
        current.release(supervisor, now);
        Assignment next = create(current.patientId(), toStationId, supervisor, now);
        publisher.publish(List.of(LivePayloads.assignment(current, false, now), LivePayloads.assignment(next, true, now)));
        return AssignmentView.of(next);
    }

    @Override
    public AssignmentView release(long assignmentId, UUID supervisor) {
        Assignment current = lasting(assignmentId);
        Instant now = Instant.now();
        current.release(supervisor, now);
        publisher.publish(List.of(LivePayloads.assignment(current, false, now)));
        return AssignmentView.of(current);
    }

    @Override
    public List<AssignmentView> history(UUID patientId, UUID stationId) {
        String by = patientId != null ? "a.patientId = :id" : "a.stationId = :id";
        return em.createQuery("select a from Assignment a where " + by + " order by a.assignedAt desc, a.id desc", Assignment.class)
                .setParameter("id", patientId != null ? patientId : stationId)
                .getResultStream().map(AssignmentView::of).toList();
    }

    private Assignment create(UUID patientId, UUID stationId, UUID supervisor, Instant now) {
        boolean already = !em.createQuery("select a from Assignment a where a.patientId = :p and a.stationId = :s and a.releasedAt is null",
                Assignment.class).setParameter("p", patientId).setParameter("s", stationId).getResultList().isEmpty();
        if (already) {
            throw CareRefusal.conflict("already-assigned", "The patient " + patientId + " is assigned to the station " + stationId + " already.");
        }
        Assignment assignment = new Assignment(patientId, stationId, supervisor, now);
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    private Assignment lasting(long assignmentId) {
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null) {
            throw CareRefusal.notFound("assignment", assignmentId);
        }
        if (!a.active()) {
            throw CareRefusal.conflict("assignment-ended", "The assignment " + assignmentId + " ended at " + a.releasedAt() + ".");
        }
        return a;
    }

    private void requireActive(UUID patientId, UUID stationId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null || !patient.monitored()) {
            throw CareRefusal.notFound("patient", patientId);
        }
        Station station = em.find(Station.class, stationId);
        if (station == null || !station.active()) {
            throw CareRefusal.notFound("station", stationId);
        }
    }
}

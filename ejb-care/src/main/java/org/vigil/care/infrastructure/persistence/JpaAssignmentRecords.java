package org.vigil.care.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.assignment.AssignmentRecords;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.patient.Patient;

/** Assignments in {@code care_assignment}, patients and stations as their entities say. */
public final class JpaAssignmentRecords implements AssignmentRecords {

    private final EntityManager em;

    public JpaAssignmentRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean monitoredPatient(UUID patientId) {
        Patient patient = em.find(Patient.class, patientId);
        return patient != null && patient.monitored();
    }

    @Override
    public boolean activeStation(UUID stationId) {
        Station station = em.find(Station.class, stationId);
        return station != null && station.active();
    }

    @Override
    public Optional<Assignment> find(long assignmentId) {
        return Optional.ofNullable(em.find(Assignment.class, assignmentId));
    }

    @Override
    public boolean lasting(UUID patientId, UUID stationId) {
        return !em.createQuery("select a from Assignment a where a.patientId = :p and a.stationId = :s and a.releasedAt is null",
                Assignment.class).setParameter("p", patientId).setParameter("s", stationId).getResultList().isEmpty();
    }

    @Override
    public Assignment add(UUID patientId, UUID stationId, UUID supervisor, Instant at) {
        Assignment assignment = new Assignment(patientId, stationId, supervisor, at);
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    @Override
    public List<Assignment> ofPatient(UUID patientId) {
        return history("a.patientId = :id", patientId);
    }

    @Override
    public List<Assignment> ofStation(UUID stationId) {
        return history("a.stationId = :id", stationId);
    }

    private List<Assignment> history(String by, UUID id) {
        return em.createQuery("select a from Assignment a where " + by + " order by a.assignedAt desc, a.id desc", Assignment.class)
                .setParameter("id", id).getResultList();
    }
}

package org.vigil.care.infrastructure.persistence;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.vigil.care.domain.access.StationAssignments;

/** A station watches a patient while an unreleased assignment links them and the station is not retired. */
public final class JpaStationAssignments implements StationAssignments {

    private final EntityManager em;

    public JpaStationAssignments(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean watches(String stationClientId, UUID patientId) {
        return em.createQuery("""
                        select count(a) from Assignment a, Station s
                        where s.id = a.stationId and s.clientId = :client and s.retiredAt is null
                          and a.patientId = :patient and a.releasedAt is null""", Long.class)
                .setParameter("client", stationClientId).setParameter("patient", patientId)
                .getSingleResult() > 0;
    }
}

package org.vigil.care.application.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.patients.PatientRecords;

/** Which patient record is a person's own, for the identity system's SMART launch context. */
@Stateless
public class DefaultPatientRecords implements PatientRecords {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Override
    public Optional<UUID> patientOf(UUID accountId) {
        return em.createQuery("select p.id from Patient p where p.accountId = :account", UUID.class)
                .setParameter("account", accountId).setMaxResults(1).getResultStream().findFirst();
    }
}

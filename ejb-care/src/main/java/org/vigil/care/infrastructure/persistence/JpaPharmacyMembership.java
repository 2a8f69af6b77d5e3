package org.vigil.care.infrastructure.persistence;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.vigil.care.domain.pharmacy.PharmacyMembership;

/** A pharmacist works for a pharmacy while a membership row links them with no end. */
public final class JpaPharmacyMembership implements PharmacyMembership {

    private final EntityManager em;

    public JpaPharmacyMembership(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean works(UUID accountId, UUID pharmacyId) {
        return em.createQuery("select count(p) from Pharmacist p where p.accountId = :a and p.pharmacyId = :ph and p.until is null",
                Long.class).setParameter("a", accountId).setParameter("ph", pharmacyId).getSingleResult() > 0;
    }
}

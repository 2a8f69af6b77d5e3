package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.ChipEvidence;
import org.vigil.identity.domain.ChipEvidenceRepository;
import org.vigil.identity.domain.KycEvidence;

@ApplicationScoped
public class JpaChipEvidenceRepository implements ChipEvidenceRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(KycEvidence evidence, ChipEvidence chip) {
        em.persist(evidence);
        em.flush(); // the chip row refers to the evidence row
        em.persist(chip);
    }

    @Override
    public List<ChipEvidence> ofAccount(UUID accountId) {
        return em.createQuery("select c from ChipEvidence c where c.accountId = :account order by c.readAt", ChipEvidence.class)
                .setParameter("account", accountId).getResultList();
    }
}

package org.vigil.identity.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.EnrollmentCode;
import org.vigil.identity.domain.EnrollmentCodeRepository;

@ApplicationScoped
public class JpaEnrollmentCodeRepository implements EnrollmentCodeRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(EnrollmentCode code) {
        em.persist(code);
    }

    @Override
    public Optional<EnrollmentCode> byHash(String codeHash) {
        return em.createQuery("select c from EnrollmentCode c where c.codeHash = :hash", EnrollmentCode.class)
                .setParameter("hash", codeHash)
                .getResultStream().findFirst();
    }
}

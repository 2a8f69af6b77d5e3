package org.vigil.identity.infrastructure.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.DeviceEnrollment;
import org.vigil.identity.domain.DeviceEnrollmentRepository;

@ApplicationScoped
public class JpaDeviceEnrollmentRepository implements DeviceEnrollmentRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(DeviceEnrollment enrollment) {
        em.persist(enrollment);
    }

    @Override
    public Optional<DeviceEnrollment> findUsableByCodeHash(String codeHash, Instant now) {
        return em.createQuery("select e from DeviceEnrollment e where e.codeHash = :hash", DeviceEnrollment.class)
                .setParameter("hash", codeHash)
                .getResultStream().filter(e -> e.usableAt(now)).findFirst();
    }
}

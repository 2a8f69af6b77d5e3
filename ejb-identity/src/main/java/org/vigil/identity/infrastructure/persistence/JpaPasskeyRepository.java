package org.vigil.identity.infrastructure.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.Passkey;
import org.vigil.identity.domain.PasskeyRepository;

@ApplicationScoped
public class JpaPasskeyRepository implements PasskeyRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(Passkey passkey) {
        em.persist(passkey);
    }

    @Override
    public void remove(Passkey passkey) {
        em.remove(passkey);
        // the replacement's insert must not meet this row's unique authenticator_id
        em.flush();
    }

    @Override
    public Optional<Passkey> ofAuthenticator(UUID authenticatorId) {
        return em.createQuery("select p from Passkey p where p.authenticatorId = :a", Passkey.class)
                .setParameter("a", authenticatorId).getResultStream().findFirst();
    }

    @Override
    public Optional<Passkey> lockOfAuthenticator(UUID authenticatorId) {
        return em.createQuery("select p from Passkey p where p.authenticatorId = :a", Passkey.class)
                .setParameter("a", authenticatorId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public boolean credentialRegistered(String credentialId) {
        return em.createQuery("select count(p) from Passkey p where p.credentialId = :c", Long.class)
                .setParameter("c", credentialId).getSingleResult() > 0;
    }
}

package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.AccountRole;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(Account account) {
        em.persist(account);
    }

    @Override
    public Optional<Account> find(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> byEmail(String normalisedEmail) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> byPhone(String normalisedPhone) {
        return em.createQuery("select a from Account a where a.phone = :phone", Account.class)
                .setParameter("phone", normalisedPhone)
                .getResultStream().findFirst();
    }

    @Override
    public List<Account> holding(String normalisedEmail, String normalisedPhone) {
        return em.createQuery("select a from Account a where a.email = :email or a.phone = :phone", Account.class)
                .setParameter("email", normalisedEmail)
                .setParameter("phone", normalisedPhone)
                .getResultList();
    }

    @Override
    public List<UUID> activeHolding(AccountRole role) {
        return em.createQuery("select a.id from Account a join a.roles r where r = :role and a.status = :active order by a.id", UUID.class)
                .setParameter("role", role).setParameter("active", AccountStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<Account> matching(String text, int limit) {
        String pattern = "%" + LikePatterns.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select a from Account a where lower(a.firstName) like :p escape '\\' or lower(a.lastName) like :p escape '\\'"
                        + " or lower(a.email) like :p escape '\\' or a.phone like :p escape '\\' order by a.lastName, a.firstName, a.id",
                        Account.class)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void remove(Account account) {
        em.createQuery("delete from OneTimeCode c where c.accountId = :id").setParameter("id", account.id()).executeUpdate();
        em.createQuery("delete from EnrollmentCode c where c.accountId = :id").setParameter("id", account.id()).executeUpdate();
        em.remove(account);
        // the email and phone must be free before a new account takes them in this transaction
        em.flush();
    }

    @Override
    public void store(KycEvidence evidence) {
        em.persist(evidence);
    }
}

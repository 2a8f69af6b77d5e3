package org.vigil.identity.application.internal;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.application.UnknownRoleException;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.Role;
import org.vigil.platform.directory.RoleHolders;

@Stateless
public class DefaultRoleHolders implements RoleHolders {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public List<String> accountsHolding(String role) {
        Role held = Role.ofClaim(role).orElseThrow(() -> new UnknownRoleException(role));
        return em.createQuery("select a.id from Account a join a.roles r where r = :role and a.status = :active order by a.id",
                        java.util.UUID.class)
                .setParameter("role", held).setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().map(java.util.UUID::toString).toList();
    }
}

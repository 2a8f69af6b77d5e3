package org.vigil.identity.application.internal;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.UnknownRoleException;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountRole;
import org.vigil.platform.directory.RoleHolders;

@Stateless
public class DefaultRoleHolders implements RoleHolders {

    @Inject
    AccountRepository accounts;

    @Override
    public List<String> accountsHolding(String role) {
        AccountRole held = AccountRole.ofClaim(role).orElseThrow(() -> new UnknownRoleException(role));
        return accounts.activeHolding(held).stream().map(java.util.UUID::toString).toList();
    }
}

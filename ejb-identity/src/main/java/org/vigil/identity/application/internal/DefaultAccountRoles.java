package org.vigil.identity.application.internal;

import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AccountRoles;
import org.vigil.identity.application.UnknownAccountException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.Role;

@Stateless
public class DefaultAccountRoles implements AccountRoles {

    @Inject
    AccountRepository accounts;

    @Override
    public void grant(UUID accountId, Role role) {
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        account.grant(role);
        accounts.store(account);
    }
}

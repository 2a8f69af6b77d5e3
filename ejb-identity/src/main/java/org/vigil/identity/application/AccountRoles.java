package org.vigil.identity.application;

import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.identity.domain.Role;

/**
 * What a person may do in Vigil: the roles their access tokens carry from their next login on.
 * Granted by an admin (the account's staff record lives outside Vigil, at the employer).
 */
@Local
public interface AccountRoles {

    /**
     * Grants the role; granting one the account holds changes nothing.
     *
     * @throws UnknownAccountException when no account has this id
     */
    void grant(UUID accountId, Role role);
}

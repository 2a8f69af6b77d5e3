package org.vigil.identity.application;

import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/**
 * What an admin decides about a person's work: the roles their access tokens carry. A role says
 * what kind of work someone may do; which patients a doctor or nurse sees is decided by the care
 * team, not here.
 */
@Local
public interface AccountRoles {

    /**
     * Grants a role (its claim name, e.g. {@code doctor}); granting one already held changes nothing.
     *
     * @return the account's roles afterwards
     * @throws UnknownAccountException when no account has this id
     * @throws UnknownRoleException when no role has this name
     */
    Set<String> grant(UUID accountId, String role);

    /** {@link #grant}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer; audited. */
    Set<String> grant(Caller caller, UUID accountId, String role);

    /**
     * Takes a role away, for a caller of the admin API (refused unless {@link AdminAuthorization} lets them administer;
     * audited); revoking one not held changes nothing.
     *
     * @return the account's roles afterwards
     * @throws UnknownAccountException when no account has this id
     * @throws UnknownRoleException when no role has this name
     */
    Set<String> revoke(Caller caller, UUID accountId, String role);
}

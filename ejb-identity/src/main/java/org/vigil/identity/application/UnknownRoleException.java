package org.vigil.identity.application;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.vigil.identity.domain.AccountRole;
import org.vigil.platform.problem.ProblemException;

/** A role name Vigil does not know. */
public class UnknownRoleException extends ProblemException {

    public UnknownRoleException(String role) {
        super(400, "unknown-role", "Unknown role", "There is no role " + role + "; roles are "
                + Arrays.stream(AccountRole.values()).map(AccountRole::claim).collect(Collectors.joining(", ")) + ".");
    }
}

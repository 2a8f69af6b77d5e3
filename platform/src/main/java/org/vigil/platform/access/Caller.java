package org.vigil.platform.access;

import java.util.Set;

/**
 * Who calls a business operation, as the interface that authenticated them saw it: the token's subject, whether that
 * subject is the client itself (a device, the bootstrap admin client) rather than a person, the roles and scopes the
 * token carries, whether it was issued to one of Vigil's own applications, and the address the call came from.
 * The WAR builds it from the checked access token; the EJB that owns the operation decides what it may do.
 */
public record Caller(String subject, boolean clientItself, Set<String> roles, Set<String> scopes, boolean firstPartyClient,
        String address) {

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** The caller as the audit trail names it: {@code client:<id>} or {@code account:<id>}. */
    public String auditName() {
        return (clientItself ? "client:" : "account:") + subject;
    }
}

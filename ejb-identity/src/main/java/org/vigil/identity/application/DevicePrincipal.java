package org.vigil.identity.application;

import java.util.UUID;

/** An authenticator that proved itself on this request, and the account it belongs to. */
public record DevicePrincipal(UUID authenticatorId, UUID accountId) {

    public String auditName() {
        return "authenticator:" + authenticatorId;
    }
}

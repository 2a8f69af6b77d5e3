package org.vigil.documents.application;

import java.util.UUID;

/** An authenticator that proved itself on this request (its device assertion), and its person. */
public record DeviceCaller(UUID authenticatorId, UUID accountId) {

    public String auditName() {
        return "authenticator:" + authenticatorId;
    }
}

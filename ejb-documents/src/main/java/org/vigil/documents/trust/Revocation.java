package org.vigil.documents.trust;

import java.time.Instant;
import java.util.Objects;

/** When and why a certificate was revoked. */
public record Revocation(Instant time, RevocationReason reason) {

    public Revocation {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
    }
}

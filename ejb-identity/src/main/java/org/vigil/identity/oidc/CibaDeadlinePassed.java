package org.vigil.identity.oidc;

import java.util.UUID;

/** A ping or push request's time ran out: if it is still undecided, its client is owed an expiry notification. */
public record CibaDeadlinePassed(UUID approvalId) {
}

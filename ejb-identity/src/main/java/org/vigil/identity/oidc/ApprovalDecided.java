package org.vigil.identity.oidc;

import java.util.UUID;

/** A person decided an approval request; observed after the decision commits. */
public record ApprovalDecided(UUID requestId) {
}

package org.vigil.identity.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person as an admin finds them: enough to tell two people apart and see what they may do.
 *
 * @param status {@code PENDING}, {@code ACTIVE} or {@code SUSPENDED}
 * @param roles  the role claims their access tokens carry
 */
public record PersonSummary(UUID accountId, String firstName, String lastName, String email, String phone, int kycLevel,
                            String status, Set<String> roles, Instant createdAt) {

    public PersonSummary {
        roles = Set.copyOf(roles);
    }
}

package org.vigil.identity.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What to look for in the audit trail; every part is optional and they all must hold.
 *
 * @param party  an actor or target as the trail names them ({@code account:<id>}, {@code client:<id>},
 *               {@code patient:<id>}): records where it acted or was acted upon
 * @param action an action or the start of one ({@code account.role} finds grants and revocations)
 * @param from   inclusive
 * @param to     exclusive
 * @param limit  newest first, at most this many (at most {@link #MAX_LIMIT})
 */
public record AuditQuery(Optional<String> party, Optional<String> action, Optional<Instant> from, Optional<Instant> to, int limit) {

    public static final int MAX_LIMIT = 5000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "1 to " + MAX_LIMIT);
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidFieldException("to", "after the start of the period");
        }
    }
}

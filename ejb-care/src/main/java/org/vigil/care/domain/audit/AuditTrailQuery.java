package org.vigil.care.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which of one patient's read records a search wants: those recorded in [{@code from}, {@code to}),
 * newest first (the trail's natural order, what an admin looks at) or oldest first, {@code count}
 * to a page.
 */
public record AuditTrailQuery(UUID patientId, Instant from, Instant to, boolean oldestFirst, int count) {

    /** What a page token is bound to: a token of one query is refused by another. */
    public String signature() {
        return "audit-trail|" + from + "|" + to + "|" + (oldestFirst ? "asc" : "desc");
    }
}

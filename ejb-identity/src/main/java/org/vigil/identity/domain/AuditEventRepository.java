package org.vigil.identity.domain;

import java.time.Instant;
import java.util.List;

/** The audit trail: appended to, searched, never changed. */
public interface AuditEventRepository {

    void store(AuditEvent event);

    /**
     * Events newest first; a null criterion matches every event.
     *
     * @param party  an actor or target, as the trail names them
     * @param action an action, or the start of one up to a dot ({@code account.role} finds {@code account.role.grant})
     * @param from   inclusive
     * @param to     exclusive
     */
    List<AuditEvent> newestFirst(String party, String action, Instant from, Instant to, int limit);
}

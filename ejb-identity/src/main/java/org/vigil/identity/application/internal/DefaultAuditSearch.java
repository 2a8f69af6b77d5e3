package org.vigil.identity.application.internal;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditQuery;
import org.vigil.identity.application.AuditRecord;
import org.vigil.identity.application.AuditSearch;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.AuditEventRepository;

@Stateless
public class DefaultAuditSearch implements AuditSearch {

    @Inject
    AuditEventRepository events;

    @Override
    public List<AuditRecord> search(AuditQuery query) {
        return events.newestFirst(query.party().orElse(null), query.action().orElse(null), query.from().orElse(null),
                        query.to().orElse(null), query.limit()).stream()
                .map(DefaultAuditSearch::record).toList();
    }

    private static AuditRecord record(AuditEvent e) {
        return new AuditRecord(e.id(), e.occurredAt(), e.actor(), e.action(), e.target(), e.outcome(), e.clientAddress(), e.details());
    }
}

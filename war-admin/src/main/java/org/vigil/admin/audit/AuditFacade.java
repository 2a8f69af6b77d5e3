package org.vigil.admin.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.care.application.ReadAuditSearch;
import org.vigil.care.fhir.PatientDataAccess;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.AuditQuery;
import org.vigil.identity.application.AuditSearch;

/**
 * The audit trail as one list, newest first: identity's record of actions and care's record of
 * reads of patient data, searched with one filter. Searching it is recorded in turn.
 */
@ApplicationScoped
public class AuditFacade {

    /** What the page shows; an export goes up to {@link AuditQuery#MAX_LIMIT}. */
    public static final int PAGE_LIMIT = 500;

    @EJB
    AuditSearch actions;

    @EJB
    ReadAuditSearch reads;

    @EJB
    AccountLookup accounts;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    /** An account id for an email address, so the page may be searched by either. */
    public Optional<UUID> accountByEmail(String email) {
        user.require(ConsoleRole.ADMIN);
        return accounts.byEmail(email);
    }

    @Transactional
    public List<AuditRow> search(AuditFilter filter, int limit, String why) {
        user.require(ConsoleRole.ADMIN);
        audit.record(why, "audit-trail", filter.parameters().toString());
        List<AuditRow> rows = new ArrayList<>();
        Optional<String> party = filter.person().map(p -> "account:" + p).or(() -> filter.patient().map(p -> "patient:" + p));
        actions.search(new AuditQuery(party, filter.action(), filter.from(), filter.to(), limit)).stream()
                .filter(r -> filter.person().isEmpty() || filter.patient().isEmpty() || ("patient:" + filter.patient().get()).equals(r.target()))
                .map(r -> new AuditRow(r.id(), r.occurredAt(), AuditRow.Source.ACTIONS, r.actor(), r.action(), r.target(), r.outcome(),
                        r.clientAddress(), r.details()))
                .forEach(rows::add);
        reads.search(filter.person().map(UUID::toString), filter.patient(), filter.from(), filter.to(), limit).stream()
                .map(AuditFacade::row)
                .filter(r -> filter.action().isEmpty() || r.action().equals(filter.action().get()) || r.action().startsWith(filter.action().get() + "."))
                .forEach(rows::add);
        rows.sort(Comparator.comparing(AuditRow::at).reversed().thenComparing(AuditRow::id));
        return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
    }

    static AuditRow row(PatientDataAccess a) {
        return new AuditRow(a.id(), a.at(), AuditRow.Source.PATIENT_READS, a.actorId(), a.search() ? "patient-data.search" : "patient-data.read",
                "patient:" + a.patientId(), a.succeeded() ? "SUCCESS" : "DENIED", a.clientAddress(),
                a.what() + " (client " + a.clientId() + ", roles " + a.actorName() + ")");
    }
}

package org.vigil.admin.audit;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;

/**
 * The audit-trail page: search by person (email or account id), patient (id), action and days,
 * newest first; the same search exported as CSV or as a FHIR AuditEvent bundle.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    AuditFacade audit;

    private String person;
    private String patient;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRow> rows = List.of();
    private AuditFilter applied;

    public void search() {
        Feedback.attempt(() -> {
            AuditFilter filter = new AuditFilter(personId(), parsePatient(), Optional.ofNullable(action), Optional.ofNullable(from),
                    Optional.ofNullable(to));
            rows = audit.search(filter, AuditFacade.PAGE_LIMIT, "audit.search");
            applied = filter;
            if (rows.isEmpty()) {
                Feedback.info("Nothing on record matches.");
            }
            return filter;
        });
    }

    private Optional<UUID> personId() {
        if (person == null || person.isBlank()) {
            return Optional.empty();
        }
        if (person.contains("@")) {
            Optional<UUID> id = audit.accountByEmail(person.strip());
            if (id.isEmpty()) {
                throw new org.vigil.identity.application.InvalidFieldException("person", "no account has this email address");
            }
            return id;
        }
        return AuditFilter.parse(person, null, null, null, null).person();
    }

    private Optional<UUID> parsePatient() {
        return AuditFilter.parse(null, patient, null, null, null).patient();
    }

    /** The export's address for the search last run (or everything, before any). */
    public String exportUrl(String format) {
        String query = (applied == null ? java.util.Map.<String, String>of() : applied.parameters()).entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining());
        return "audit/export?format=" + format + query;
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

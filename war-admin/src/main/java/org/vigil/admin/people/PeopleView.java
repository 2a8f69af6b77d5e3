package org.vigil.admin.people;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;
import org.vigil.identity.application.AuthenticatorRecord;
import org.vigil.identity.application.PersonSummary;

/** The people page: find someone, see their KYC level, roles and authenticators, grant or revoke a role, lock or unlock them. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    /** The roles an admin hands out; a token carries their claim names. */
    public static final List<String> ROLES = List.of("patient", "doctor", "nurse", "pharmacist", "supervisor", "kyc-officer", "admin");

    @Inject
    PeopleFacade people;

    private String query = "";
    private List<PersonSummary> results = List.of();
    private PersonSummary selected;
    private List<AuthenticatorRecord> authenticators = List.of();
    private String role;
    private String lockReason;

    public void search() {
        results = people.search(query);
        if (results.isEmpty()) {
            Feedback.info("Nobody matches \u201c" + query + "\u201d.");
        }
    }

    public void select(UUID accountId) {
        selected = people.person(accountId).orElse(null);
        authenticators = selected == null ? List.of() : people.authenticators(accountId);
    }

    public void grant() {
        if (selected != null && role != null) {
            Feedback.attempt(() -> people.grant(selected.accountId(), role)).ifPresent(now -> {
                Feedback.info("Granted " + role + " to " + name(selected) + ".");
                reload();
            });
        }
    }

    public void revoke(String claim) {
        if (selected != null) {
            Feedback.attempt(() -> people.revoke(selected.accountId(), claim)).ifPresent(now -> {
                Feedback.info("Revoked " + claim + " from " + name(selected) + ".");
                reload();
            });
        }
    }

    public void lock() {
        if (selected != null) {
            Feedback.attempt(() -> people.lock(selected.accountId(), lockReason)).ifPresent(now -> {
                Feedback.info("Locked " + name(selected) + " out: they cannot sign in, and their tokens no longer work.");
                lockReason = null;
                reload();
            });
        }
    }

    public void unlock() {
        if (selected != null) {
            Feedback.attempt(() -> people.unlock(selected.accountId())).ifPresent(now -> {
                Feedback.info("Unlocked " + name(selected) + ".");
                reload();
            });
        }
    }

    /** Whether the selected person is locked out (their account {@code SUSPENDED}). */
    public boolean isLocked() {
        return selected != null && "SUSPENDED".equals(selected.status());
    }

    /** The status as admins name it: a suspended account is the one they locked. */
    public String statusOf(PersonSummary person) {
        return "SUSPENDED".equals(person.status()) ? "LOCKED" : person.status();
    }

    public String getLockReason() {
        return lockReason;
    }

    public void setLockReason(String lockReason) {
        this.lockReason = lockReason;
    }

    private void reload() {
        UUID id = selected.accountId();
        select(id);
        results = results.stream().map(p -> p.accountId().equals(id) ? selected : p).toList();
    }

    private static String name(PersonSummary p) {
        return p.firstName() + " " + p.lastName();
    }

    public List<String> getGrantableRoles() {
        return selected == null ? ROLES : ROLES.stream().filter(r -> !selected.roles().contains(r)).toList();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public List<PersonSummary> getResults() {
        return results;
    }

    public PersonSummary getSelected() {
        return selected;
    }

    public List<AuthenticatorRecord> getAuthenticators() {
        return authenticators;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}

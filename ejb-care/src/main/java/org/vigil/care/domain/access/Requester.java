package org.vigil.care.domain.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who asks, as their access token says: a person (the token's subject is their account id) or a
 * device client acting for itself (gateway, station), the OAuth client the token was issued to,
 * the roles it carries, and the address the request came from (for the audit trail). An outside application's token
 * carries no roles but, when the patient consented to it, {@code app}: the patient it reads for and its SMART scopes
 * (null for every other token).
 */
public record Requester(String subject, String clientId, Set<String> roles, boolean person, String address, AppAccess app) {

    public Requester {
        roles = Set.copyOf(roles);
    }

    public Requester(String subject, String clientId, Set<String> roles, boolean person, String address) {
        this(subject, clientId, roles, person, address, null);
    }

    /** A person's token issued to an outside application the patient consented to (SMART on FHIR). */
    public static Requester app(UUID accountId, String clientId, AppAccess app, String address) {
        return new Requester(accountId.toString(), clientId, Set.of(), true, address, app);
    }

    public Optional<AppAccess> appAccess() {
        return Optional.ofNullable(app);
    }

    public static Requester person(UUID accountId, String clientId, Set<String> roles, String address) {
        return new Requester(accountId.toString(), clientId, roles, true, address);
    }

    public static Requester device(String clientId, Set<String> roles, String address) {
        return new Requester(clientId, clientId, roles, false, address);
    }

    /** The person's account, when a person asks; a device has none. */
    public Optional<UUID> accountId() {
        if (!person) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The roles in a stable order, as the audit trail keeps them. */
    public String rolesText() {
        return String.join(" ", new TreeSet<>(roles));
    }
}

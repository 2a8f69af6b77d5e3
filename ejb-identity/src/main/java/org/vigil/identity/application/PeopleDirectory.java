package org.vigil.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * What an admin's console reads and decides about people beyond granting a role
 * ({@link AccountRoles}): finding them, their authenticators, taking a role away. Callers
 * authorize and audit; this interface only answers.
 */
@Local
public interface PeopleDirectory {

    /** The most results a search returns. */
    int MAX_RESULTS = 200;

    /**
     * People whose name, email or phone contains {@code text} (case-insensitive), by last name;
     * blank text lists everyone up to {@code limit}.
     */
    List<PersonSummary> search(String text, int limit);

    Optional<PersonSummary> person(UUID accountId);

    /** Every authenticator the person ever enrolled, newest first, revoked ones too. */
    List<AuthenticatorRecord> authenticators(UUID accountId);
}

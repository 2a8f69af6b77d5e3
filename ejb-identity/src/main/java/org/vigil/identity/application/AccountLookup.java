package org.vigil.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * Read-only facts about people and their authenticators for other parts of Vigil (the document
 * server certifies authenticator keys in the person's verified name).
 */
@Local
public interface AccountLookup {

    Optional<AccountFacts> account(UUID accountId);

    Optional<UUID> byEmail(String email);

    Optional<AuthenticatorKey> authenticator(UUID authenticatorId);

    /** The account's authenticators that can still sign, newest first. */
    List<AuthenticatorKey> activeAuthenticators(UUID accountId);
}

package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AuthenticatorRepository {

    void store(Authenticator authenticator);

    Optional<Authenticator> find(UUID id);

    boolean thumbprintEnrolled(String thumbprint);

    /** The account's authenticators that can still sign, oldest first. */
    List<Authenticator> activeOf(UUID accountId);

    /** Every authenticator of the account, revoked ones too, newest first. */
    List<Authenticator> allOf(UUID accountId);
}

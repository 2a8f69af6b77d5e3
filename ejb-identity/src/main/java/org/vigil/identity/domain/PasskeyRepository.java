package org.vigil.identity.domain;

import java.util.Optional;
import java.util.UUID;

public interface PasskeyRepository {

    void store(Passkey passkey);

    void remove(Passkey passkey);

    Optional<Passkey> ofAuthenticator(UUID authenticatorId);

    /** Locked for update: two assertions of one passkey are checked against its counter one after the other. */
    Optional<Passkey> lockOfAuthenticator(UUID authenticatorId);

    boolean credentialRegistered(String credentialId);
}

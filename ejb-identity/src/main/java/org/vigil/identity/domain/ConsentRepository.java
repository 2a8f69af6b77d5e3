package org.vigil.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** What each person allowed each third-party client. */
public interface ConsentRepository {

    void store(Consent consent);

    Optional<Consent> find(UUID accountId, String clientId);
}

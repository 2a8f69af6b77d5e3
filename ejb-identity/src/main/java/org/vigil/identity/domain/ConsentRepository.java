package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What each person allowed each third-party client. */
public interface ConsentRepository {

    void store(Consent consent);

    Optional<Consent> find(UUID accountId, String clientId);

    /** Everything the person allowed, the most recent first. */
    List<Consent> ofAccount(UUID accountId);

    void remove(Consent consent);
}

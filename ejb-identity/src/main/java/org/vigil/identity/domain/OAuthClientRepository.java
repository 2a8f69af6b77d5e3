package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;

/** The registered clients, enabled or not. */
public interface OAuthClientRepository {

    void store(OAuthClient client);

    /** The client, enabled or not; empty for a null id. */
    Optional<OAuthClient> find(String clientId);

    /** Every client, ordered by id, as admins list them. */
    List<OAuthClient> allByClientId();
}

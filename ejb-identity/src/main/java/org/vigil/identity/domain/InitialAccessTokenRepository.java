package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;

/** The initial access tokens admins issued, usable or not. */
public interface InitialAccessTokenRepository {

    void store(InitialAccessToken token);

    Optional<InitialAccessToken> find(String id);

    /** The token with this hash, locked until the transaction ends: two registrations racing on one use take turns. */
    Optional<InitialAccessToken> lockByHash(String tokenHash);

    /** Newest first, at most {@code limit}. */
    List<InitialAccessToken> newest(int limit);
}

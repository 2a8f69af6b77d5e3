package org.vigil.identity.oidc;

import java.time.Instant;

import org.vigil.identity.domain.InitialAccessToken;

/** An initial access token as admins list it: never the token itself. */
public record InitialAccessTokenDetails(String id, String description, String createdBy, Instant createdAt, Instant expiresAt,
                                        int usesLeft, Instant revokedAt) {

    static InitialAccessTokenDetails of(InitialAccessToken t) {
        return new InitialAccessTokenDetails(t.id(), t.description(), t.createdBy(), t.createdAt(), t.expiresAt(), t.usesLeft(),
                t.revokedAt());
    }
}

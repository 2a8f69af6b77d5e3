package org.vigil.identity.oidc;

/** An initial access token just issued, with its value in clear this one time. */
public record IssuedInitialAccessToken(InitialAccessTokenDetails details, String token) {
}

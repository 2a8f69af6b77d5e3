package org.vigil.api.admin;

import org.vigil.identity.oidc.InitialAccessTokenDetails;

/** The answer to an issue: the token in clear, this once, beside what admins see of it later. */
public record IssuedInitialAccessTokenView(InitialAccessTokenDetails details, String initialAccessToken) {
}

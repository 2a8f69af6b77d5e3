package org.vigil.admin.clients;

import java.time.Instant;

import org.vigil.identity.oidc.InitialAccessTokenDetails;

/** Whether a registration token still lets an application register itself, in the word the page shows. */
public final class RegistrationTokenState {

    private RegistrationTokenState() {
    }

    public static String of(InitialAccessTokenDetails token, Instant now) {
        if (token.revokedAt() != null) {
            return "revoked";
        }
        if (!token.expiresAt().isAfter(now)) {
            return "expired";
        }
        return token.usesLeft() <= 0 ? "used up" : "active";
    }
}

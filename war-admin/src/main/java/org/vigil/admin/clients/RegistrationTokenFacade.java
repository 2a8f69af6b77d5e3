package org.vigil.admin.clients;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.oidc.InitialAccessTokenDetails;
import org.vigil.identity.oidc.InitialAccessTokens;
import org.vigil.identity.oidc.IssuedInitialAccessToken;

/**
 * The initial access tokens an outside application registers itself with (RFC 7591), as the admin API's
 * {@code /api/v1/admin/initial-access-tokens} issues, lists and revokes them; identity checks and audits each.
 */
@ApplicationScoped
public class RegistrationTokenFacade {

    @EJB
    InitialAccessTokens tokens;

    @Inject
    ConsoleUser user;

    public List<InitialAccessTokenDetails> all() {
        user.require(ConsoleRole.ADMIN);
        return tokens.list(user.caller());
    }

    public IssuedInitialAccessToken issue(String description, long lifetimeSeconds, int uses) {
        user.require(ConsoleRole.ADMIN);
        return tokens.issue(user.caller(), description, lifetimeSeconds, uses);
    }

    public InitialAccessTokenDetails revoke(String id) {
        user.require(ConsoleRole.ADMIN);
        return tokens.revoke(user.caller(), id);
    }
}

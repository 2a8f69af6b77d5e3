package org.vigil.admin.security;

import java.security.Principal;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.InvalidTokenException;
import org.vigil.platform.access.Caller;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The console's user as the EJBs' rules see every caller: the access token WildFly's OIDC client holds for this session,
 * checked as the API checks a bearer token (signature, lifetime, revocation of the login), with the roles and scopes it
 * carries. So an admin's console session counts as an admin only with {@code vigil:admin} granted (the provider adds it
 * to every console login and grants it to admins only) and only while their login stands, exactly as on the admin API.
 */
final class ConsoleCaller {

    private ConsoleCaller() {
    }

    /** @throws ConsoleAccessDenied when the session's token no longer passes (its login was revoked) */
    static Caller of(HttpServletRequest request, AccessTokenVerifier verifier, FirstPartyCheck firstParty) {
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(tokenOf(request.getUserPrincipal()));
        } catch (InvalidTokenException e) {
            throw ConsoleAccessDenied.signInAgain(e.getMessage());
        }
        return new Caller(claims.subject(), claims.isClientItself(), Set.copyOf(claims.roles()), Set.copyOf(claims.scopes()),
                firstParty.isFirstParty(claims.clientId()), request.getRemoteAddr());
    }

    private static String tokenOf(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getTokenString();
        }
        throw ConsoleAccessDenied.signInAgain("no access token in this session");
    }

    /** Whether a client is one of Vigil's own applications (the console's own client is, as it registered itself). */
    interface FirstPartyCheck {
        boolean isFirstParty(String clientId);
    }
}

package org.vigil.admin.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import jakarta.ejb.EJB;

import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.ClientRegistry;
import org.vigil.platform.access.Caller;

/**
 * The person using the console in this request, as WildFly's OIDC client established them: the
 * principal is their account id (the token's {@code sub}), the roles those of their access token.
 */
@Named("user")
@RequestScoped
public class ConsoleUser {

    private static final String DISPLAY_NAME = ConsoleUser.class.getName() + ".displayName";

    @Inject
    HttpServletRequest request;

    @Inject
    AccountLookup accounts;

    @Inject
    AccessTokenVerifier tokens;

    @EJB
    ClientRegistry clients;

    private Set<ConsoleRole> roles;
    private Caller caller;

    public static Set<ConsoleRole> rolesOf(HttpServletRequest request) {
        Set<ConsoleRole> held = EnumSet.noneOf(ConsoleRole.class);
        for (ConsoleRole role : ConsoleRole.values()) {
            if (request.isUserInRole(role.claim())) {
                held.add(role);
            }
        }
        return held;
    }

    /** The account id, as the audit trail names people ({@code account:<id>}). */
    public static String auditNameOf(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : "account:" + request.getUserPrincipal().getName();
    }

    public Set<ConsoleRole> roles() {
        if (roles == null) {
            roles = rolesOf(request);
        }
        return roles;
    }

    public boolean has(ConsoleRole role) {
        return roles().contains(role);
    }

    /** Refuses the call unless the person holds the role: the facades' own check, behind the page filter's. */
    public void require(ConsoleRole role) {
        if (!has(role)) {
            throw new ConsoleAccessDenied(role);
        }
    }

    /** The person as the business layer's rules see every caller; see {@link ConsoleCaller}. */
    public Caller caller() {
        if (caller == null) {
            caller = ConsoleCaller.of(request, tokens, clients::isFirstParty);
        }
        return caller;
    }

    public UUID accountId() {
        return UUID.fromString(request.getUserPrincipal().getName());
    }

    public String getAuditName() {
        return auditNameOf(request);
    }

    public String getClientAddress() {
        return request.getRemoteAddr();
    }

    /** Their name as KYC established it, looked up once per session. */
    public String getDisplayName() {
        HttpSession session = request.getSession();
        Object cached = session.getAttribute(DISPLAY_NAME);
        if (cached == null) {
            cached = accounts.account(accountId()).map(a -> a.firstName() + " " + a.lastName()).orElse(accountId().toString());
            session.setAttribute(DISPLAY_NAME, cached);
        }
        return (String) cached;
    }

    public String getRoleNames() {
        return String.join(", ", roles().stream().map(ConsoleRole::claim).toList());
    }
}

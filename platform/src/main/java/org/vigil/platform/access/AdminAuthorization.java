package org.vigil.platform.access;

/**
 * The rule every administrative operation applies first, whichever module owns it: the caller's token carries the
 * admin role and the {@code vigil:admin} scope, and was issued to one of Vigil's own applications (the bootstrap
 * client, a console), never to an outside application an admin signed in to. It lives here because identity, care,
 * push and stats each own admin operations and none of them may depend on another; identity's
 * {@code PrivilegedScope.ADMIN} names the same scope.
 */
public final class AdminAuthorization {

    public static final String ROLE = "admin";
    public static final String SCOPE = "vigil:admin";

    private AdminAuthorization() {
    }

    /**
     * @return the caller's audit name, for the record of what they did
     * @throws AdminForbidden without the role, or through an outside application
     * @throws InsufficientScope with the role but without the scope (RFC 6750 §3.1)
     */
    public static String require(Caller caller) {
        if (!caller.roles().contains(ROLE)) {
            throw new AdminForbidden("This call needs the admin role.");
        }
        if (!caller.firstPartyClient()) {
            throw new AdminForbidden("The admin API is open to Vigil's own applications only; this token was issued to another.");
        }
        if (!caller.scopes().contains(SCOPE)) {
            throw new InsufficientScope(SCOPE);
        }
        return caller.auditName();
    }
}

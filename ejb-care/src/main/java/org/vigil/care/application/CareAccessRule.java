package org.vigil.care.application;

import java.util.UUID;

import org.vigil.platform.access.Caller;

/**
 * Who may act on care at all, the rule every care operation that takes a {@link Caller} applies before it looks at
 * anything: a person's token (never a client acting for itself) carrying the role the call needs, issued to one of
 * Vigil's own applications, whose subject is an account id. Relationship checks (the patient's care team) come after,
 * in the operation itself.
 *
 * <p>Roles are the token's own, as it carries them: the scope that gates a privileged role ({@code admin}) is not
 * consulted, since no care call needs one, and a person signed in to an outside application is told that the call is
 * for Vigil's own applications rather than that they lack the role.
 */
public final class CareAccessRule {

    public static final String SUPERVISOR = "supervisor";
    public static final String DOCTOR = "doctor";
    public static final String NURSE = "nurse";

    static final String NOT_FIRST_PARTY = "Care calls are open to Vigil's own applications only; this token was issued to another.";

    private CareAccessRule() {
    }

    /**
     * @return the supervisor's account id
     * @throws CareRefusal 403 otherwise
     */
    public static UUID supervisor(Caller caller) {
        return person(caller, SUPERVISOR, "This call needs a supervisor's token.");
    }

    /**
     * @return the doctor's account id
     * @throws CareRefusal 403 otherwise
     */
    public static UUID doctor(Caller caller) {
        return person(caller, DOCTOR, "This call needs a doctor's token.");
    }

    /**
     * @return the doctor's or nurse's account id
     * @throws CareRefusal 403 otherwise
     */
    public static UUID careStaff(Caller caller) {
        return person(caller, caller.roles().contains(DOCTOR) ? DOCTOR : NURSE, "This call needs a doctor's or a nurse's token.");
    }

    /**
     * For settings a supervisor may make for any patient and a doctor for the patients of their care team (the
     * operation checks the team when the role is doctor's).
     *
     * @return the supervisor's or doctor's account id
     * @throws CareRefusal 403 otherwise
     */
    public static UUID supervisorOrDoctor(Caller caller) {
        return person(caller, caller.roles().contains(SUPERVISOR) ? SUPERVISOR : DOCTOR, "This call needs a supervisor's or a doctor's token.");
    }

    /** A person as the audit trail names them. */
    public static String auditName(UUID account) {
        return "account:" + account;
    }

    private static UUID person(Caller caller, String role, String detail) {
        if (caller.clientItself() || !caller.roles().contains(role)) {
            throw CareRefusal.forbidden(detail);
        }
        if (!caller.firstPartyClient()) {
            throw CareRefusal.forbidden(NOT_FIRST_PARTY);
        }
        try {
            return UUID.fromString(String.valueOf(caller.subject()));
        } catch (IllegalArgumentException e) {
            throw CareRefusal.forbidden(detail);
        }
    }
}

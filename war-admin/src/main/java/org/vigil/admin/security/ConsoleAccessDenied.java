package org.vigil.admin.security;

/** A console call made without the role it needs, or by a session whose sign-in no longer counts; the page filter turns most away before this. */
public class ConsoleAccessDenied extends RuntimeException {

    public ConsoleAccessDenied(ConsoleRole role) {
        super("This needs the " + role.claim() + " role.");
    }

    private ConsoleAccessDenied(String message) {
        super(message);
    }

    static ConsoleAccessDenied signInAgain(String why) {
        return new ConsoleAccessDenied("Your sign-in no longer counts (" + why + "). Sign out and in again.");
    }
}

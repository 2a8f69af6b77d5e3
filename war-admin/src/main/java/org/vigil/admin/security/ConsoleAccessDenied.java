package org.vigil.admin.security;

/** A console call made without the role it needs; the page filter turns most away before this. */
public class ConsoleAccessDenied extends RuntimeException {

    public ConsoleAccessDenied(ConsoleRole role) {
        super("This needs the " + role.claim() + " role.");
    }
}

package org.vigil.identity.application;

/**
 * Why an admin shuts someone or something out (locks an account, disables a client): required, and
 * kept on the audit trail, so it must say something and stay a readable length.
 */
public final class AdminReason {

    static final int MAX_LENGTH = 500;

    private AdminReason() {
    }

    /**
     * @param what the step, for the message ("the account is locked")
     * @return the reason without surrounding blanks
     * @throws InvalidFieldException when it is missing, blank or longer than {@value #MAX_LENGTH} characters
     */
    public static String required(String reason, String what) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_LENGTH) {
            throw new InvalidFieldException("reason", "why " + what + ", 1 to " + MAX_LENGTH + " characters");
        }
        return reason.strip();
    }
}

package org.vigil.identity.application;

/** Tells a person about something done with their contact details that they should know of. */
public interface OwnerNotices {

    /**
     * Someone signed up with the email address or phone number of the account reached at {@code email}. Never fails the
     * caller: the sign-up answers the same whether or not the notice left.
     */
    void signUpAttempted(String email);
}

package org.vigil.identity.application;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a sign-up with an email address or phone number that already has an account is answered with: it looks and
 * behaves like a pending sign-up (status, wrong codes counted down), but no code can confirm it and nothing is stored in
 * the database. The account's owner is told by mail instead. A plain value, so a distributed cache can marshal it.
 *
 * @param wrongCodes codes typed for it so far, all of them wrong by construction
 */
public record DecoySignUp(UUID id, String email, String phone, int wrongCodes) implements Serializable {

    public DecoySignUp typedWrong() {
        return new DecoySignUp(id, email, phone, wrongCodes + 1);
    }
}

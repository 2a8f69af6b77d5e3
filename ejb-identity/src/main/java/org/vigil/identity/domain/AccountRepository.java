package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AccountRepository {

    void store(Account account);

    Optional<Account> find(UUID id);

    Optional<Account> byEmail(String normalisedEmail);

    Optional<Account> byPhone(String normalisedPhone);

    /** Accounts holding this email address or this phone number (at most two). */
    List<Account> holding(String normalisedEmail, String normalisedPhone);

    void remove(Account account);

    void store(KycEvidence evidence);
}

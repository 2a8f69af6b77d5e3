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

    /** Active accounts holding the role, by id. */
    List<UUID> activeHolding(AccountRole role);

    /** Accounts whose name, email or phone contains {@code text} (any case), by last and first name, at most {@code limit}. */
    List<Account> matching(String text, int limit);

    void remove(Account account);

    void store(KycEvidence evidence);
}

package org.vigil.identity.domain;

import java.util.Optional;
import java.util.UUID;

public interface OneTimeCodeRepository {

    void store(OneTimeCode code);

    /** The code most recently sent to this account's channel. */
    Optional<OneTimeCode> latest(UUID accountId, Channel channel);
}

package org.vigil.identity.application;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Where decoy sign-ups live while a real pending sign-up would (short-lived protocol state, shared by the nodes). */
public interface DecoySignUps {

    /** As long as an unconfirmed sign-up is worth answering for. */
    Duration LIFETIME = Duration.ofHours(24);

    void keep(DecoySignUp decoy);

    Optional<DecoySignUp> find(UUID id);
}

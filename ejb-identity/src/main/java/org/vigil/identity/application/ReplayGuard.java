package org.vigil.identity.application;

import java.time.Instant;

/** Remembers one-time values (a JWS's jti) until they expire, so each is accepted once. */
public interface ReplayGuard {

    /** @return true the first time this value is seen before {@code until}, false for a replay */
    boolean firstUse(String namespace, String value, Instant until);
}

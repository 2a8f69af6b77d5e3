package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived protocol state shared by every node: authorization codes, pending logins,
 * sessions. Values expire by themselves; {@link #take} removes atomically, so a code is redeemed once.
 */
public interface ProtocolState {

    void put(String key, Object value, Duration lifetime);

    <T> Optional<T> get(String key, Class<T> type);

    <T> Optional<T> take(String key, Class<T> type);

    void remove(String key);
}

package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The set of client ids a login session's participants are kept as: immutable, grown only by {@link #union}. */
final class SessionClients {

    /** Kept at least this long, so a merge for a session at the very end of its life still stores something valid. */
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    private SessionClients() {
    }

    /** The remapping of the cache's merge: the stored set and the new one together, as a new immutable set. */
    static Object union(Object stored, Object added) {
        Set<String> both = new HashSet<>(of(stored));
        both.addAll(of(added));
        return Set.copyOf(both);
    }

    /** What the cache holds, as a set; anything else (nothing, a stranger's type) as none. */
    @SuppressWarnings("unchecked")
    static Set<String> of(Object stored) {
        return stored instanceof Set<?> set ? Set.copyOf((Set<String>) set) : Set.of();
    }

    /** How much longer a session that began at {@code authTime} lives. */
    static Duration remaining(Instant authTime, Duration lifetime, Instant now) {
        Duration left = Duration.between(now, authTime.plus(lifetime));
        return left.compareTo(AT_LEAST) < 0 ? AT_LEAST : left;
    }
}

package org.vigil.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SessionClientsTest {

    @Test
    void theUnionKeepsBothSidesAndIsANewImmutableSet() {
        Set<String> stored = Set.of("rp-a");
        Object merged = SessionClients.union(stored, Set.of("rp-b"));

        assertThat(SessionClients.of(merged)).containsExactlyInAnyOrder("rp-a", "rp-b");
        assertThat(stored).containsExactly("rp-a");
        assertThat(SessionClients.union(merged, Set.of("rp-a"))).isEqualTo(Set.of("rp-a", "rp-b"));
    }

    @Test
    void nothingStoredIsNoClients() {
        assertThat(SessionClients.of(null)).isEmpty();
        assertThat(SessionClients.of("not a set")).isEmpty();
    }

    @Test
    void concurrentJoinsThroughAnAtomicMergeLoseNone() {
        // the same remapping a ConcurrentHashMap merges atomically, as the cache does
        ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
        IntStream.range(0, 200).parallel().forEach(i -> cache.merge("session-clients:s", Set.of("rp-" + i), SessionClients::union));

        assertThat(SessionClients.of(cache.get("session-clients:s"))).hasSize(200);
    }

    @Test
    void theParticipantsLiveAsLongAsTheSessionAndAtLeastASecond() {
        Instant auth = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(SessionClients.remaining(auth, Duration.ofHours(8), auth.plus(Duration.ofHours(3)))).isEqualTo(Duration.ofHours(5));
        assertThat(SessionClients.remaining(auth, Duration.ofHours(8), auth.plus(Duration.ofHours(9)))).isEqualTo(SessionClients.AT_LEAST);
    }
}

package org.vigil.care.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.live.Replay;
import org.vigil.care.support.CareSchema;

/** The live event log on one database: ids, reading, replay bounds, and commit-ordered ids. */
abstract class LiveEventLogContract {

    abstract DataSource dataSource();

    private JdbcLiveEventLog log;
    private UUID anna;
    private UUID ben;

    @BeforeEach
    void patients() throws Exception {
        log = new JdbcLiveEventLog(dataSource());
        anna = CareSchema.insertPatient(dataSource());
        ben = CareSchema.insertPatient(dataSource());
    }

    @Test
    void idsFollowOnAndReadBackInOrder() {
        long start = log.lastId();
        long last = log.append(List.of(event(anna, "1"), event(ben, "2"), event(anna, "3")));

        assertThat(last).isEqualTo(start + 3);
        assertThat(log.lastId()).isEqualTo(last);
        assertThat(log.after(start, 10)).extracting(LiveEvent::id).containsExactly(start + 1, start + 2, start + 3);
        assertThat(log.after(start, 2)).extracting(LiveEvent::payload).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(log.append(List.of())).isZero();
    }

    @Test
    void aReplayHoldsOnlyTheStationsPatientsInItsRange() {
        long start = log.lastId();
        log.append(List.of(event(anna, "1"), event(ben, "2"), event(anna, "3"), event(anna, "4")));

        Replay replay = log.replay(Set.of(anna), start + 1, start + 3, 100);

        assertThat(replay.complete()).isTrue();
        assertThat(replay.events()).extracting(LiveEvent::id).containsExactly(start + 3);
        assertThat(log.replay(Set.of(anna, ben), start, start + 4, 2).complete()).as("more than the window").isFalse();
        assertThat(log.replay(Set.of(anna, ben), start, start + 4, 2).events()).isEmpty();
    }

    @Test
    void aReplayFromBeforeWhatWasPrunedIsIncomplete() {
        long start = log.lastId();
        log.append(List.of(event(anna, "1")));
        assertThat(log.prune(Instant.now().plusSeconds(1))).as("the log's old end, up to and with the first").isGreaterThanOrEqualTo(1);
        log.append(List.of(event(anna, "2")));

        Replay replay = log.replay(Set.of(anna), start, start + 2, 100);

        assertThat(replay.complete()).isFalse();
        assertThat(replay.events()).extracting(LiveEvent::id).containsExactly(start + 2);
    }

    /** The property stations rely on: while one writer has not committed, the next waits for it. */
    @Test
    void aSecondWriterWaitsUntilTheFirstCommits() throws Exception {
        try (Connection first = dataSource().getConnection()) {
            first.setAutoCommit(false);
            long firstId = new JdbcLiveEventLog(sameConnection(first)).append(List.of(event(anna, "1")));
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> log.append(List.of(event(ben, "2"))));

            assertThat(waits(second)).as("the second append waits for the first transaction").isTrue();
            assertThat(log.after(firstId - 1, 10)).as("nothing visible before the commit").isEmpty();
            first.commit();

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(firstId + 1);
        }
    }

    private static boolean waits(CompletableFuture<Long> f) throws Exception {
        try {
            f.get(1, TimeUnit.SECONDS);
            return false;
        } catch (TimeoutException e) {
            return true;
        }
    }

    private static NewLiveEvent event(UUID patient, String n) {
        return new NewLiveEvent(patient, null, LiveEventType.OBSERVATIONS, Instant.now(), "{\"n\":" + n + "}");
    }

    /** A data source that hands out one connection and never closes it, as a JTA transaction does. */
    private static DataSource sameConnection(Connection c) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(c, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? unclosable : null);
    }
}

package org.vigil.api.care.live;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.websocket.Session;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.care.application.StationFeedService;
import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.Replay;

/**
 * This node's open station connections and the one reader of the live log that feeds them. The
 * log's ids are committed in order (see {@code JdbcLiveEventLog}), so reading "everything after
 * the last id read" never skips an event. {@link #pump} runs when a commit is announced and, in
 * case an announcement was lost, every few seconds; joining runs under the same lock, so a
 * station's replay ends exactly where the live events begin: no gap, no duplicate. An assignment
 * event changes a connection's patients before the next event is dispatched, so the change takes
 * effect at once. Messages are handed to each station's {@link StationOutbox} without waiting for
 * the network, so one slow station does not hold up the others; every 30 s each station is pinged.
 * Who is signed in at each connected station is known here, with the connection ({@link #signIns}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveFeed {

    static final int PAGE = 500;
    /** How many messages a station may be behind before it is told to reconnect (MicroProfile Config). */
    private static final String BACKLOG = "vigil.care.live.station-backlog";

    @EJB
    StationFeedService log;

    private final Map<Session, Watcher> watchers = new ConcurrentHashMap<>();
    private long cursor = -1;

    public boolean watching(Session session) {
        return watchers.containsKey(session);
    }

    /**
     * @param person the doctor or nurse signed in at the station with this connection, if any
     */
    public synchronized void join(Session session, UUID station, String stationClientId, Long lastEventId, Optional<UUID> person) {
        start();
        Set<UUID> patients = ConcurrentHashMap.newKeySet();
        patients.addAll(log.assignedPatients(station));
        log.recordLiveReads(stationClientId, Set.copyOf(patients));
        Replay missed = lastEventId == null ? new Replay(List.of(), true) : log.replay(Set.copyOf(patients), lastEventId, cursor);
        // the replay is handed over at once: the backlog allowed is counted beyond it
        Watcher watcher = new Watcher(new StationOutbox(session, missed.events().size() + 2 + backlog()), station, stationClientId, patients,
                person.map(p -> new StationSignIn(station, p, Instant.now())));
        missed.events().forEach(e -> watcher.outbox().offer(LiveMessages.event(e)));
        if (!missed.complete()) {
            watcher.outbox().offer(LiveMessages.replayIncomplete());
        }
        if (watcher.outbox().offer(LiveMessages.ready(cursor, watcher.patients()))) {
            watchers.put(session, watcher);
        }
    }

    public void leave(Session session) {
        watchers.remove(session);
    }

    /**
     * The people signed in at this node's stations now, earliest first. A station's connection lives
     * on one node: in a cluster each node knows only its own (see docs/decisions.md).
     */
    public List<StationSignIn> signIns() {
        return watchers.values().stream().flatMap(w -> w.signIn().stream()).sorted(Comparator.comparing(StationSignIn::since)).toList();
    }

    /** Reads what was committed up to {@code upTo}, unless already read, and hands it to the stations watching. */
    public synchronized void pump(long upTo) {
        start();
        if (cursor < upTo) {
            pump();
        }
    }

    /** Reads what was committed since the last read and hands it to the stations watching. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public synchronized void pump() {
        start();
        List<LiveEvent> page;
        do {
            page = log.after(cursor, PAGE);
            for (LiveEvent event : page) {
                dispatch(event);
                cursor = event.id();
            }
        } while (page.size() == PAGE);
    }

    /** Pings every station: one that only listens would otherwise be closed by the listener's read timeout. */
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void keepAlive() {
        watchers.values().removeIf(w -> !w.outbox().ping());
    }

    private void start() {
        if (cursor < 0) {
            cursor = log.lastEventId();
        }
    }

    private void dispatch(LiveEvent event) {
        String message = LiveMessages.event(event);
        for (Watcher w : watchers.values()) {
            if (event.type() == LiveEventType.ASSIGNED && w.station().equals(event.stationId())) {
                w.patients().add(event.patientId());
                log.recordLiveReads(w.stationClientId(), Set.of(event.patientId()));
                send(w, message);
            } else if (event.type() == LiveEventType.RELEASED && w.station().equals(event.stationId())) {
                send(w, message);
                w.patients().remove(event.patientId());
            } else if (event.type() != LiveEventType.ASSIGNED && event.type() != LiveEventType.RELEASED
                    && w.patients().contains(event.patientId())) {
                send(w, message);
            }
        }
    }

    private void send(Watcher w, String message) {
        if (!w.outbox().offer(message)) {
            // closed: the station resumes from its last event id when it reconnects
            watchers.values().remove(w);
        }
    }

    private static int backlog() {
        return ConfigProvider.getConfig().getOptionalValue(BACKLOG, Integer.class).orElse(10_000);
    }

    private record Watcher(StationOutbox outbox, UUID station, String stationClientId, Set<UUID> patients, Optional<StationSignIn> signIn) {
    }
}

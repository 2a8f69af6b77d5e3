package org.vigil.api.care.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import org.vigil.care.application.StationFeedService;
import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.Replay;

/**
 * This node's open station connections and the one reader of the live log that feeds them. The
 * log's ids are committed in order (see {@code JdbcLiveEventLog}), so reading "everything after
 * the last id read" never skips an event. {@link #pump} runs when a commit is announced; joining
 * runs under the same lock, so a station's replay ends exactly where the live events begin: no
 * gap, no duplicate. An assignment event changes a connection's patients before the next event
 * is dispatched, so the change takes effect at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveFeed {

    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

    @EJB
    StationFeedService log;

    private final Map<Session, Watcher> watchers = new ConcurrentHashMap<>();
    private long cursor = -1;

    public boolean watching(Session session) {
        return watchers.containsKey(session);
    }

    public synchronized void join(Session session, UUID station, String stationClientId, Long lastEventId) {
        start();
        Watcher watcher = new Watcher(session, station, stationClientId, ConcurrentHashMap.newKeySet());
        watcher.patients().addAll(log.assignedPatients(station));
        log.recordLiveReads(stationClientId, Set.copyOf(watcher.patients()));
        if (lastEventId != null) {
            Replay missed = log.replay(Set.copyOf(watcher.patients()), lastEventId, cursor);
            missed.events().forEach(e -> send(watcher, LiveMessages.event(e)));
            if (!missed.complete()) {
                send(watcher, LiveMessages.replayIncomplete());
            }
        }
        send(watcher, LiveMessages.ready(cursor, watcher.patients()));
        watchers.put(session, watcher);
    }

    public void leave(Session session) {
        watchers.remove(session);
    }

    /** Reads what was committed since the last read and hands it to the stations watching. */
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
        try {
            synchronized (w.session()) {
                w.session().getBasicRemote().sendText(message);
            }
        } catch (IOException | IllegalStateException e) {
            // the station resumes from its last event id when it reconnects
            watchers.remove(w.session());
            LOG.log(Level.FINE, "dropping a station connection that failed", e);
            try {
                w.session().close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
            } catch (IOException | IllegalStateException ignored) {
                // already gone
            }
        }
    }

    private record Watcher(Session session, UUID station, String stationClientId, Set<UUID> patients) {
    }
}

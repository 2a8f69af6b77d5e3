package org.vigil.api.care.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;

/**
 * What one station connection has been handed and not yet written. Sends are asynchronous, so a
 * station that reads slowly delays only itself; Undertow writes the frames of one connection in
 * the order they were handed over. A station more than {@code limit} messages behind is closed
 * with 1013 (try again later): it reconnects with its last event id and the log replays what it
 * missed, instead of this node holding an ever-growing backlog for it.
 */
final class StationOutbox {

    private static final Logger LOG = Logger.getLogger(StationOutbox.class.getName());

    private final Session session;
    private final int limit;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    StationOutbox(Session session, int limit) {
        this.session = session;
        this.limit = limit;
    }

    /** @return false once this connection is closed (it failed or fell too far behind): forget it */
    boolean offer(String message) {
        if (closed.get()) {
            return false;
        }
        if (unwritten.incrementAndGet() > limit) {
            close(CloseCodes.TRY_AGAIN_LATER, "too far behind: reconnect with the last event id");
            return false;
        }
        try {
            session.getAsyncRemote().sendText(message, result -> {
                unwritten.decrementAndGet();
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "a station connection failed", result.getException());
                    close(CloseCodes.UNEXPECTED_CONDITION, "send failed");
                }
            });
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            close(CloseCodes.UNEXPECTED_CONDITION, "send failed");
            return false;
        }
    }

    /**
     * A WebSocket ping: the station's automatic pong is what the server reads from a station that
     * only listens, so the listener's read timeout (90 s by default) does not close it.
     *
     * @return false once this connection is closed: forget it
     */
    boolean ping() {
        if (closed.get()) {
            return false;
        }
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            return true;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            close(CloseCodes.UNEXPECTED_CONDITION, "ping failed");
            return false;
        }
    }

    private void close(CloseCodes code, String reason) {
        if (closed.compareAndSet(false, true)) {
            try {
                session.close(new CloseReason(code, reason));
            } catch (IOException | IllegalStateException ignored) {
                // already gone; the station resumes from its last event id when it reconnects
            }
        }
    }
}

package org.vigil.client.gateway.kiosk;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.CallSignalingClosedException;
import org.vigil.client.sdk.call.media.LatestPicture;
import org.vigil.client.sdk.call.media.MediaCall;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.MediaOptions;
import org.vigil.client.sdk.call.media.VideoSource;

/**
 * The gateway's side of calls, on a thread of its own: keeps a signaling connection open (so the
 * station sees the gateway online), tells its {@link Listener} of each ring, answers when the
 * patient touches Accept (or at once when the ring says {@code autoAnswer}), runs the media as the
 * callee until the call ends, and connects again after a lost connection.
 */
public final class KioskCalls implements AutoCloseable {

    /** Opens the gateway's signaling with its own token. */
    public interface Connector {
        CallSignaling open() throws IOException, InterruptedException;
    }

    /** What the kiosk is told, on this thread. */
    public interface Listener {
        /** A call rings; {@code autoAnswer}: it is being answered without a touch. */
        void ringing(CallMessage ring, boolean autoAnswer);

        void inCall(String callId, Instant at);

        void ended(String callId, String type);

        /** Whether the gateway has its signaling connection (an offline gateway cannot be called). */
        void connection(boolean online, String detail);
    }

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofSeconds(3);

    private final Connector connector;
    private final MediaEngine engine;
    private final Supplier<VideoSource> camera;
    private final Listener listener;
    private final LatestPicture picture = new LatestPicture();
    private final Thread thread;
    private volatile boolean closed;
    private volatile CallSignaling signaling;
    private volatile String ringingCall;
    private volatile MediaCall media;

    public KioskCalls(Connector connector, MediaEngine engine, Supplier<VideoSource> camera, Listener listener) {
        this.connector = connector;
        this.engine = engine;
        this.camera = camera;
        this.listener = listener;
        this.thread = new Thread(this::run, "kiosk-calls");
        thread.setDaemon(true);
    }

    public KioskCalls start() {
        thread.start();
        return this;
    }

    /** The station's video in the current call. */
    public LatestPicture picture() {
        return picture;
    }

    /** The patient touched Accept. */
    public void accept() {
        send(s -> s.accept(ringingCall));
    }

    public void decline() {
        send(s -> s.decline(ringingCall));
    }

    public void hangUp() {
        MediaCall m = media;
        if (m != null) {
            send(s -> s.hangUp(m.callId()));
        }
    }

    private interface Step {
        void run(CallSignaling s) throws IOException;
    }

    /** Sends off the screen's thread; a lost connection shows as the kiosk going offline. */
    private void send(Step step) {
        CallSignaling s = signaling;
        if (s != null) {
            CompletableFuture.runAsync(() -> {
                try {
                    step.run(s);
                } catch (IOException e) {
                    // the reader sees the connection closed
                }
            });
        }
    }

    private void run() {
        while (!closed) {
            try (CallSignaling s = connector.open()) {
                signaling = s;
                listener.connection(true, "");
                serve(s);
            } catch (CallSignalingClosedException e) {
                listener.connection(false, "the call service closed the connection (" + e.getMessage() + ")");
            } catch (IOException e) {
                listener.connection(false, "cannot reach the call service: " + e.getMessage());
            } catch (InterruptedException e) {
                return;
            } finally {
                signaling = null;
            }
            if (!closed) {
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void serve(CallSignaling s) throws InterruptedException, CallSignalingClosedException {
        CallMessage ring = null;
        while (!closed) {
            Optional<CallMessage> next = s.next(POLL);
            if (next.isEmpty()) {
                continue;
            }
            CallMessage m = next.get();
            switch (m.type()) {
                case "incoming" -> {
                    ring = m;
                    ringingCall = m.callId();
                    boolean auto = m.raw().path("autoAnswer").asBoolean(false);
                    listener.ringing(m, auto);
                    if (auto) {
                        accept();
                    }
                }
                case "accepted" -> {
                    if (ring != null && ring.callId().equals(m.callId())) {
                        inCall(s, ring);
                        ring = null;
                    }
                }
                case "declined", "missed", "ended" -> {
                    // only the ring this connection holds is over; the screen ignores the end of any other call
                    if (ring != null && ring.callId().equals(m.callId())) {
                        ring = null;
                    }
                    listener.ended(m.callId(), m.type());
                }
                default -> {
                    // candidates of an ended call and the like: nothing for the kiosk
                }
            }
        }
    }

    private void inCall(CallSignaling s, CallMessage ring) throws InterruptedException {
        listener.inCall(ring.callId(), Instant.now());
        boolean relayOnly = !ring.iceServers().isEmpty();
        try (VideoSource video = camera.get();
                MediaCall call = MediaCall.start(engine, s, ring.callId(), MediaCall.Side.CALLEE, new MediaOptions(ring.iceServers(), relayOnly), video,
                        m -> { })) {
            call.peer().received().view(picture);
            media = call;
            try {
                listener.ended(ring.callId(), call.ended().get().type());
            } catch (ExecutionException e) {
                listener.ended(ring.callId(), "ended");
            }
        } finally {
            media = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}

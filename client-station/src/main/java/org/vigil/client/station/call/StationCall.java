package org.vigil.client.station.call;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.CallSignalingClosedException;
import org.vigil.client.sdk.call.media.LatestPicture;
import org.vigil.client.sdk.call.media.MediaCall;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.MediaOptions;
import org.vigil.client.sdk.call.media.MediaPeer;
import org.vigil.client.sdk.call.media.VideoSource;

/**
 * One call from the station to a patient's gateway, on a thread of its own: opens the signaling,
 * asks for the call, waits for the answer, then runs the media (the station offers, relay-only when
 * the site has TURN) until the call ends; the connection is closed with the call. What happens is
 * told to a {@link Listener} on that thread; the pane moves it to the screen's.
 */
public final class StationCall {

    /** Opens the station's signaling with the signed-in person's token. */
    public interface Connector {
        CallSignaling open() throws IOException, InterruptedException;
    }

    /** What the call tells its pane, on the call's thread. */
    public interface Listener {
        void ringing();

        void accepted(Instant at);

        void finished(String type, String by);

        void refused(String code);

        void failed(String reason);
    }

    private static final Duration ANSWER_WAIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(250);

    private final Connector connector;
    private final String patientId;
    private final MediaEngine engine;
    private final Supplier<VideoSource> camera;
    private final Listener listener;
    private final LatestPicture picture = new LatestPicture();
    private volatile CallSignaling signaling;
    private volatile String callId;
    private volatile MediaCall media;

    public StationCall(Connector connector, String patientId, MediaEngine engine, Supplier<VideoSource> camera, Listener listener) {
        this.connector = connector;
        this.patientId = patientId;
        this.engine = engine;
        this.camera = camera;
        this.listener = listener;
    }

    /** Starts calling on a new daemon thread. */
    public StationCall start() {
        Thread t = new Thread(this::run, "station-call");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** The gateway's video, newest frame first. */
    public LatestPicture picture() {
        return picture;
    }

    /** The media peer once the call is answered. */
    public Optional<MediaPeer> peer() {
        MediaCall m = media;
        return m == null ? Optional.empty() : Optional.of(m.peer());
    }

    /** Hangs up a ringing or running call; the end comes back as {@link Listener#finished}. Off the caller's thread. */
    public void hangUp() {
        CallSignaling s = signaling;
        String id = callId;
        if (s != null && id != null) {
            CompletableFuture.runAsync(() -> {
                try {
                    s.hangUp(id);
                } catch (IOException e) {
                    // the connection is gone: its reader ends the call
                }
            });
        }
    }

    private void run() {
        try (CallSignaling s = connector.open()) {
            signaling = s;
            s.call(patientId);
            Optional<CallMessage> first = await(s, "ringing", "refused");
            if (first.isEmpty()) {
                listener.failed("the server did not answer the call request");
                return;
            }
            if ("refused".equals(first.get().type())) {
                listener.refused(first.get().code());
                return;
            }
            CallMessage ringing = first.get();
            callId = ringing.callId();
            listener.ringing();
            Optional<CallMessage> answer = await(s, "accepted", "declined", "missed", "ended");
            if (answer.isEmpty()) {
                listener.failed("no answer from the server");
                return;
            }
            if (!"accepted".equals(answer.get().type())) {
                listener.finished(answer.get().type(), answer.get().raw().path("by").asText(null));
                return;
            }
            listener.accepted(Instant.now());
            inCall(s, ringing);
        } catch (CallSignalingClosedException e) {
            listener.failed("the call signaling closed (" + e.getMessage() + ")");
        } catch (IOException e) {
            listener.failed("cannot reach the call signaling: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            listener.failed(e.toString());
        }
    }

    private void inCall(CallSignaling s, CallMessage ringing) throws InterruptedException {
        boolean relayOnly = !ringing.iceServers().isEmpty();
        try (VideoSource video = camera.get();
                MediaCall call = MediaCall.start(engine, s, callId, MediaCall.Side.CALLER, new MediaOptions(ringing.iceServers(), relayOnly), video,
                        m -> { })) {
            call.peer().received().view(picture);
            media = call;
            call.peer().connected().exceptionally(e -> {
                if (!call.ended().isDone()) {
                    listener.failed(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                }
                return null;
            });
            try {
                CallMessage end = call.ended().get();
                listener.finished(end.type(), end.raw().path("by").asText(null));
            } catch (java.util.concurrent.ExecutionException e) {
                listener.failed("the call signaling closed during the call");
            }
        } finally {
            media = null;
        }
    }

    /** The next message of one of these types (others, such as a late candidate, are skipped). */
    private static Optional<CallMessage> await(CallSignaling s, String... types) throws InterruptedException, CallSignalingClosedException {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<CallMessage> m = s.next(POLL);
            if (m.isPresent() && java.util.Arrays.asList(types).contains(m.get().type())) {
                return m;
            }
        }
        return Optional.empty();
    }
}

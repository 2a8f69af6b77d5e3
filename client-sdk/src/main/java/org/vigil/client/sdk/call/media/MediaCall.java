package org.vigil.client.sdk.call.media;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.vigil.client.sdk.call.CallMessage;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.CallSignalingClosedException;

/**
 * The media of one accepted call, wired to its signaling: a {@link MediaPeer} whose SDP and ICE
 * candidates travel on {@code /ws/call}. From {@link #start} until the call ends it reads the
 * signaling connection itself: offers, answers and candidates of the call go to the peer; the
 * call's {@code ended} (or {@code declined}, {@code missed}) closes the peer and completes
 * {@link #ended()}; every other message goes to the owner's {@code others}. The station is the
 * caller and offers; the gateway answers.
 */
public final class MediaCall implements AutoCloseable {

    /** Who makes the offer. */
    public enum Side {
        /** The station: offers once the call is accepted. */
        CALLER,
        /** The gateway: answers the station's offer. */
        CALLEE
    }

    private static final Set<String> ENDINGS = Set.of("ended", "declined", "missed");
    private static final Duration POLL = Duration.ofMillis(200);

    private final CallSignaling signaling;
    private final String callId;
    private final MediaPeer peer;
    private final Consumer<CallMessage> others;
    private final CompletableFuture<CallMessage> ended = new CompletableFuture<>();
    /** Sends leave WebRTC's threads at once and go out in order. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "call-signaling-send"));
    private final Thread reader;
    private volatile boolean closing;

    private MediaCall(MediaEngine engine, CallSignaling signaling, String callId, MediaOptions options, VideoSource video,
            Consumer<CallMessage> others) {
        this.signaling = signaling;
        this.callId = callId;
        this.others = others;
        this.peer = engine.peer(options, video, (candidate, sdpMid, index) -> send(() -> signaling.candidate(callId, candidate, sdpMid, index)));
        this.reader = daemon(this::read, "call-signaling-read");
    }

    /**
     * Starts the media of an accepted call and takes over reading {@code signaling} until it ends.
     *
     * @param others gets the messages that are not this call's media nor its end, on the reading thread
     */
    public static MediaCall start(MediaEngine engine, CallSignaling signaling, String callId, Side side, MediaOptions options, VideoSource video,
            Consumer<CallMessage> others) {
        MediaCall call = new MediaCall(engine, signaling, callId, options, video, others);
        call.reader.start();
        if (side == Side.CALLER) {
            call.peer.offer().thenAccept(sdp -> call.send(() -> signaling.offer(callId, sdp)));
        }
        return call;
    }

    public MediaPeer peer() {
        return peer;
    }

    public String callId() {
        return callId;
    }

    /** The message that ended the call ({@code ended} with {@code by} and {@code durationSeconds}, ...); fails if signaling closed first. */
    public CompletableFuture<CallMessage> ended() {
        return ended;
    }

    /** Hangs up; both sides then get {@code ended}, which closes the media. */
    public void hangUp() throws IOException {
        signaling.hangUp(callId);
    }

    private void read() {
        try {
            while (!closing && !ended.isDone()) {
                signaling.next(POLL).ifPresent(this::dispatch);
            }
        } catch (CallSignalingClosedException e) {
            peer.close();
            ended.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(CallMessage m) {
        if (!callId.equals(m.callId())) {
            others.accept(m);
            return;
        }
        switch (m.type()) {
            case "offer" -> peer.answer(m.sdp()).thenAccept(sdp -> send(() -> signaling.answer(callId, sdp)));
            case "answer" -> peer.accept(m.sdp());
            case "candidate" -> peer.addRemoteCandidate(m.candidate(), m.sdpMid(), m.sdpMLineIndex());
            default -> {
                if (ENDINGS.contains(m.type())) {
                    peer.close();
                    ended.complete(m);
                } else {
                    others.accept(m);
                }
            }
        }
    }

    private interface Send {
        void run() throws IOException;
    }

    private void send(Send step) {
        sender.execute(() -> {
            try {
                step.run();
            } catch (IOException e) {
                // the connection is gone: the reader sees it closed and ends the call
            }
        });
    }

    /** Stops reading and closes the media (without hanging up: the signaling's close does that). */
    @Override
    public void close() {
        closing = true;
        try {
            reader.join(POLL.toMillis() * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peer.close();
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}

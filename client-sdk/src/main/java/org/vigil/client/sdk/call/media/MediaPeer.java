package org.vigil.client.sdk.call.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCIceTransportPolicy;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionIceErrorEvent;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.video.VideoTrack;

import org.vigil.client.sdk.call.IceServer;

/**
 * One side's WebRTC connection in a call: sends the video of a {@link VideoSource}, decodes the far
 * side's into {@link #received()}, and speaks SDP and ICE candidates as plain strings, which the
 * signaling carries. The caller (the station) {@link #offer()}s, the callee (the gateway)
 * {@link #answer(String)}s; candidates from the far side may arrive before its description and wait.
 * Everything WebRTC reports on its own threads is handled on this peer's one thread, in order.
 */
public final class MediaPeer implements AutoCloseable {

    /** What the peer tells its owner; called on the peer's thread. */
    public interface Listener {

        /** A local ICE candidate for the far side ({@code candidate:…} line, its m-line's mid and index). */
        void localCandidate(String candidate, String sdpMid, int sdpMLineIndex);

        default void stateChanged(MediaState state) {
        }
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "media-peer");
        t.setDaemon(true);
        return t;
    });
    private final ReceivedVideo received = new ReceivedVideo();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final List<RTCIceCandidate> early = new ArrayList<>();
    private final Listener listener;
    private final GatheringReport gathering;
    private final RTCPeerConnection connection;
    private final VideoTrack sent;
    private boolean remoteDescribed;
    private volatile MediaState state = MediaState.NEW;

    MediaPeer(PeerConnectionFactory factory, MediaOptions options, VideoSource video, Listener listener) {
        this.listener = listener;
        this.gathering = new GatheringReport(options.relayOnly());
        RTCConfiguration configuration = new RTCConfiguration();
        configuration.iceServers = options.iceServers().stream().map(MediaPeer::rtc).toList();
        configuration.iceTransportPolicy = options.relayOnly() ? RTCIceTransportPolicy.RELAY : RTCIceTransportPolicy.ALL;
        this.connection = factory.createPeerConnection(configuration, new Observer());
        String stream = UUID.randomUUID().toString();
        this.sent = factory.createVideoTrack("video-" + stream, video.trackSource());
        connection.addTrack(sent, List.of(stream));
    }

    private static RTCIceServer rtc(IceServer server) {
        RTCIceServer rtc = new RTCIceServer();
        rtc.urls = server.urls();
        rtc.username = server.username();
        rtc.password = server.credential();
        return rtc;
    }

    /** The caller's side: creates the offer and makes it the local description; @return its SDP */
    public CompletableFuture<String> offer() {
        return describe(RTCSdpType.OFFER).thenApply(d -> d.sdp);
    }

    /** The callee's side: takes the far side's offer, creates the answer and makes it the local description; @return its SDP */
    public CompletableFuture<String> answer(String offerSdp) {
        return remote(new RTCSessionDescription(RTCSdpType.OFFER, offerSdp)).thenCompose(v -> describe(RTCSdpType.ANSWER)).thenApply(d -> d.sdp);
    }

    /** The caller's side: takes the far side's answer. */
    public CompletableFuture<Void> accept(String answerSdp) {
        return remote(new RTCSessionDescription(RTCSdpType.ANSWER, answerSdp));
    }

    /** A candidate of the far side; kept until the far side's description is set. */
    public void addRemoteCandidate(String candidate, String sdpMid, int sdpMLineIndex) {
        RTCIceCandidate ice = new RTCIceCandidate(sdpMid, sdpMLineIndex, candidate);
        post(() -> {
            if (remoteDescribed) {
                connection.addIceCandidate(ice);
            } else {
                early.add(ice);
            }
        });
    }

    /** Completes once media flows; fails with {@link MediaFailedException} when it cannot (TURN refused, ICE failed). */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    public MediaState state() {
        return state;
    }

    /** The far side's video, decoded. */
    public ReceivedVideo received() {
        return received;
    }

    /** The path media takes now, from WebRTC's statistics; empty while no candidate pair is selected. */
    public CompletableFuture<Optional<MediaRoute>> route() {
        CompletableFuture<Optional<MediaRoute>> route = new CompletableFuture<>();
        connection.getStats(report -> route.complete(MediaRoute.of(report.getStats())));
        return route;
    }

    /**
     * Camera off and on again: while off, the far side receives no frames at all (libwebrtc sends
     * nothing for a disabled track fed by a custom source: seen in MediaPeerTest), the connection stays.
     */
    public void sendVideo(boolean on) {
        sent.setEnabled(on);
    }

    /** Whether the camera is on (the video track enabled). */
    public boolean sendingVideo() {
        return sent.isEnabled();
    }

    private CompletableFuture<RTCSessionDescription> describe(RTCSdpType type) {
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        CreateSessionDescriptionObserver observer = new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                created.complete(description);
            }

            @Override
            public void onFailure(String error) {
                created.completeExceptionally(new MediaFailedException("could not create the " + type + ": " + error));
            }
        };
        thread.execute(() -> {
            if (type == RTCSdpType.OFFER) {
                connection.createOffer(new RTCOfferOptions(), observer);
            } else {
                connection.createAnswer(new RTCAnswerOptions(), observer);
            }
        });
        return created.thenComposeAsync(d -> set(d, true).thenApply(v -> d), thread);
    }

    private CompletableFuture<Void> remote(RTCSessionDescription description) {
        return CompletableFuture.supplyAsync(() -> set(description, false), thread).thenCompose(f -> f).thenRunAsync(() -> {
            remoteDescribed = true;
            early.forEach(connection::addIceCandidate);
            early.clear();
        }, thread);
    }

    private CompletableFuture<Void> set(RTCSessionDescription description, boolean local) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        SetSessionDescriptionObserver observer = new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                done.complete(null);
            }

            @Override
            public void onFailure(String error) {
                done.completeExceptionally(new MediaFailedException("the " + (local ? "local " : "remote ") + description.sdpType + " was refused: " + error));
            }
        };
        if (local) {
            connection.setLocalDescription(description, observer);
        } else {
            connection.setRemoteDescription(description, observer);
        }
        return done;
    }

    private void changeState(MediaState next) {
        changeState(next, "ICE failed: no path to the other side through the TURN server");
    }

    /** The state is written before {@code connected} completes: whoever waits on it then reads the state that ended the wait. */
    private void changeState(MediaState next, String failure) {
        state = next;
        if (next == MediaState.CONNECTED) {
            connected.complete(null);
        } else if (next == MediaState.FAILED) {
            connected.completeExceptionally(new MediaFailedException(failure));
        } else if (next == MediaState.CLOSED) {
            connected.completeExceptionally(new MediaFailedException("closed before media flowed"));
        }
        listener.stateChanged(next);
    }

    /** Runs on the peer's thread; once the peer is closed, what WebRTC still reports is dropped (never thrown into native code). */
    private void post(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            // the peer is closed
        }
    }

    /** Closes the connection (the far side sees it go) and stops the peer's thread; the video source stays its owner's. */
    @Override
    public void close() {
        post(() -> {
            connection.close();
            if (state != MediaState.CLOSED) {
                changeState(MediaState.CLOSED);
            }
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** WebRTC's callbacks, on its signaling thread: handed to the peer's thread. */
    private final class Observer implements PeerConnectionObserver {

        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            post(() -> {
                gathering.candidate();
                listener.localCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex);
            });
        }

        @Override
        public void onIceCandidateError(RTCPeerConnectionIceErrorEvent event) {
            post(() -> gathering.error(event.getUrl(), event.getErrorCode(), event.getErrorText()));
        }

        @Override
        public void onIceGatheringChange(RTCIceGatheringState gatheringState) {
            if (gatheringState == RTCIceGatheringState.COMPLETE) {
                post(() -> gathering.failure().ifPresent(reason -> changeState(MediaState.FAILED, reason)));
            }
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState connectionState) {
            MediaState next = MediaState.valueOf(connectionState.name());
            post(() -> {
                // a failure seen while gathering is final: WebRTC's own later "connecting" must not hide it
                if (state != MediaState.CLOSED && (state != MediaState.FAILED || next == MediaState.CLOSED)) {
                    changeState(next);
                }
            });
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            if (transceiver.getReceiver().getTrack() instanceof VideoTrack video) {
                video.addSink(received);
            }
        }
    }
}

package org.vigil.client.sdk.call;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A peer's video call signaling ({@code /ws/call}) over the JDK's WebSocket client, for the
 * station and the gateway alike: connect with the device's own access token (and, at a station,
 * the signed-in doctor's or nurse's), then send the steps of a call and read what the server and
 * the other party send, in order. The media itself is the caller's WebRTC stack's business; this
 * carries its SDP and ICE candidates and hands out the TURN servers.
 */
public final class CallSignaling implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CallMessage CLOSED = new CallMessage("closed", null, null);

    private final BlockingQueue<CallMessage> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<CallMessage> ready = new CompletableFuture<>();
    /** Held for as long as the connection: the JDK shuts an HttpClient down, open WebSocket and all, once it is garbage collected. */
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile int closeCode = -1;
    private volatile String closeReason;
    private WebSocket socket;

    private CallSignaling() {
    }

    /**
     * Connects and says hello; returns once the server answered {@code ready}.
     *
     * @param personToken at a station, the signed-in doctor's or nurse's token the station obtained by CIBA (null: nobody, and
     *                    then the station cannot call); null for a gateway
     * @throws CallSignalingClosedException the server refused the hello
     */
    public static CallSignaling connect(URI baseUrl, String accessToken, String personToken) throws IOException, InterruptedException {
        CallSignaling signaling = new CallSignaling();
        String base = baseUrl.toString().replaceFirst("^http", "ws");
        URI endpoint = URI.create(base.endsWith("/") ? base + "ws/call" : base + "/ws/call");
        try {
            signaling.socket = signaling.http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                    .buildAsync(endpoint, signaling.new Listener()).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open " + endpoint, e);
        }
        Map<String, Object> hello = new LinkedHashMap<>(Map.of("type", "hello", "accessToken", accessToken));
        if (personToken != null) {
            hello.put("personToken", personToken);
        }
        signaling.send(hello);
        try {
            signaling.ready.get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new CallSignalingClosedException(signaling.closeCode, signaling.closeReason);
        } catch (TimeoutException e) {
            signaling.close();
            throw new IOException("call signaling did not become ready");
        }
        return signaling;
    }

    /** The station calls the patient's gateway; the answer is {@code ringing} or {@code refused}. */
    public void call(String patientId) throws IOException {
        send(Map.of("type", "call", "patientId", patientId));
    }

    public void accept(String callId) throws IOException {
        send(Map.of("type", "accept", "callId", callId));
    }

    public void decline(String callId) throws IOException {
        send(Map.of("type", "decline", "callId", callId));
    }

    public void hangUp(String callId) throws IOException {
        send(Map.of("type", "hangup", "callId", callId));
    }

    /** Asks for fresh TURN credentials (a {@code turn} message), before an ICE restart in a long call. */
    public void requestTurn(String callId) throws IOException {
        send(Map.of("type", "turn", "callId", callId));
    }

    public void offer(String callId, String sdp) throws IOException {
        send(Map.of("type", "offer", "callId", callId, "sdp", sdp));
    }

    public void answer(String callId, String sdp) throws IOException {
        send(Map.of("type", "answer", "callId", callId, "sdp", sdp));
    }

    /** An ICE candidate for the other party; {@code sdpMid} may be null. */
    public void candidate(String callId, String candidate, String sdpMid, int sdpMLineIndex) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("type", "candidate", "callId", callId, "candidate", candidate,
                "sdpMLineIndex", sdpMLineIndex));
        if (sdpMid != null) {
            m.put("sdpMid", sdpMid);
        }
        send(m);
    }

    /** The next message, or empty when none came in time. @throws CallSignalingClosedException once the server closed the connection */
    public Optional<CallMessage> next(Duration timeout) throws InterruptedException, CallSignalingClosedException {
        CallMessage m = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == CLOSED) {
            inbox.add(CLOSED);
            throw new CallSignalingClosedException(closeCode, closeReason);
        }
        return Optional.ofNullable(m);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    /** One send at a time: the JDK's WebSocket refuses a text while the previous one is still going out. */
    private synchronized void send(Map<String, ?> message) throws IOException {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not send on the call signaling connection", e);
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode raw = JSON.readTree(text);
                    CallMessage m = new CallMessage(raw.path("type").asText(), raw.hasNonNull("callId") ? raw.get("callId").asText() : null, raw);
                    if ("ready".equals(m.type())) {
                        ready.complete(m);
                    } else {
                        inbox.add(m);
                    }
                } catch (IOException e) {
                    inbox.add(new CallMessage("unreadable", null, null));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            closeReason = reason;
            ready.completeExceptionally(new CallSignalingClosedException(statusCode, reason));
            inbox.add(CLOSED);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ready.completeExceptionally(error);
            inbox.add(CLOSED);
        }
    }
}

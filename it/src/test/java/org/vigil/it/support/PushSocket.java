package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A raw {@code /ws/push} connection written from docs/push-protocol.md with the JDK's WebSocket:
 * the test's own peer, which acknowledges only when told to and can misbehave.
 */
public final class PushSocket implements AutoCloseable {

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    /** Held for as long as the socket: the JDK shuts an HttpClient down, open WebSocket and all, once it is garbage collected. */
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocket socket;
    private volatile int closeCode = -1;

    private PushSocket(WildFlyServer server) {
        URI uri = URI.create(server.baseUrl().toString().replaceFirst("^http", "ws") + "ws/push");
        this.socket = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    frames.add(Json.parse(text.toString()));
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closeCode = statusCode;
                return null;
            }
        }).join();
    }

    public static PushSocket open(WildFlyServer server) {
        return new PushSocket(server);
    }

    /** Opens the socket and authenticates as the device; fails unless the server answers ready. */
    public static PushSocket authenticated(WildFlyServer server, TestDevice device) {
        PushSocket socket = open(server);
        socket.send(Map.of("type", "authenticate", "assertion", device.assertion("GET", "/ws/push")));
        JsonNode ready = socket.next(Duration.ofSeconds(10));
        if (!"ready".equals(ready.path("type").asText())) {
            throw new AssertionError("not ready: " + ready);
        }
        return socket;
    }

    public void send(Map<String, String> frame) {
        socket.sendText(Json.write(frame), true).join();
    }

    public void ack(String id) {
        send(Map.of("type", "ack", "id", id));
    }

    /** The next frame, or an error when none comes in time. */
    public JsonNode next(Duration timeout) {
        JsonNode frame = poll(timeout);
        if (frame == null) {
            throw new AssertionError("no frame within " + timeout);
        }
        return frame;
    }

    /** The next frame, or null. */
    public JsonNode poll(Duration timeout) {
        try {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message frame of this kind, skipping others (earlier tests' leftovers cannot reach a fresh person). */
    public JsonNode nextMessage(String kind, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (frame != null && "message".equals(frame.path("type").asText()) && kind.equals(frame.path("kind").asText())) {
                return frame;
            }
        }
        throw new AssertionError("no " + kind + " message within " + timeout);
    }

    public int closeCode() {
        return closeCode;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
    }

    /** Drops the TCP connection without a close handshake, as a phone losing its network does. */
    public void abort() {
        socket.abort();
    }
}

package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A raw {@code /ws/call} connection with the JDK's WebSocket, written from the README's message
 * list: the tests' own signaling peer (station or gateway side), which can also misbehave.
 */
public final class CallSocket implements AutoCloseable {

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    /** Held for as long as the socket: the JDK shuts an HttpClient down, open WebSocket and all, once it is garbage collected. */
    private final HttpClient http = HttpClient.newHttpClient();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private CallSocket(URI baseUrl) {
        URI uri = URI.create(baseUrl.toString().replaceFirst("^http", "ws") + "ws/call");
        this.socket = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    messages.add(Json.parse(text.toString()));
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.complete(-1);
            }
        }).join();
    }

    public static CallSocket open(URI baseUrl) {
        return new CallSocket(baseUrl);
    }

    /** Opens and says hello; @return the socket once the server answered ready */
    public static CallSocket ready(URI baseUrl, String accessToken, String personToken) {
        CallSocket socket = open(baseUrl);
        Map<String, Object> hello = new LinkedHashMap<>(Map.of("type", "hello", "accessToken", accessToken));
        if (personToken != null) {
            hello.put("personToken", personToken);
        }
        socket.send(hello);
        JsonNode ready = socket.next(Duration.ofSeconds(10));
        if (!"ready".equals(ready.path("type").asText())) {
            throw new AssertionError("not ready: " + ready);
        }
        return socket;
    }

    public void send(Map<String, ?> message) {
        sendText(Json.write(message));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message, or an error when none comes in time. */
    public JsonNode next(Duration timeout) {
        JsonNode message = poll(timeout);
        if (message == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return message;
    }

    /** The next message of this type, skipping none: anything else first is an error. */
    public JsonNode expect(String type) {
        JsonNode message = next(Duration.ofSeconds(10));
        if (!type.equals(message.path("type").asText())) {
            throw new AssertionError("expected " + type + " but got " + message);
        }
        return message;
    }

    /** The next message, or null. */
    public JsonNode poll(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the server sent, waiting for it; -1 for a connection that broke. */
    public int closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection within " + timeout, e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
    }

    /** Drops the TCP connection without a close handshake, as a gateway losing power does. */
    public void abort() {
        socket.abort();
    }
}

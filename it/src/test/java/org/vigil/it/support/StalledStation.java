package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A monitoring station that says hello on {@code /ws/station} and then reads nothing until
 * {@link #readEverything} is called: the JDK's WebSocket reads from the socket only on demand,
 * so what the server sends piles up in the TCP buffers and then in the server, as with a station
 * that hangs or sits behind a congested link.
 */
public final class StalledStation implements AutoCloseable {

    /** Held for as long as the socket: the JDK shuts an HttpClient down, open WebSocket and all, once it is garbage collected. */
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<JsonNode> received = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private StalledStation(URI endpoint, String accessToken) throws Exception {
        socket = http.newWebSocketBuilder().buildAsync(endpoint, new WebSocket.Listener() {
            @Override
            public void onOpen(WebSocket webSocket) {
                // no request(1): nothing is read until readEverything()
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                synchronized (received) {
                    partial.append(data);
                    if (last) {
                        received.add(Json.parse(partial.toString()));
                        partial.setLength(0);
                    }
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).get(15, TimeUnit.SECONDS);
        socket.sendText(Json.write(java.util.Map.of("type", "hello", "accessToken", accessToken)), true).get(15, TimeUnit.SECONDS);
    }

    public static StalledStation connect(URI baseUrl, String accessToken) throws Exception {
        return new StalledStation(URI.create(baseUrl.toString().replaceFirst("^http", "ws") + "ws/station"), accessToken);
    }

    /** Reads what the server managed to send until it closed the connection; @return the close code */
    public int readEverything(Duration within) throws Exception {
        socket.request(Long.MAX_VALUE);
        return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The messages read so far, in order. */
    public List<JsonNode> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}

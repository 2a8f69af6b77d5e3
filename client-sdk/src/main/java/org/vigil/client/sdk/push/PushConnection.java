package org.vigil.client.sdk.push;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.client.sdk.authenticator.AuthenticatorClient;

/**
 * Keeps this device's {@code /ws/push} connection open (docs/push-protocol.md): authenticates
 * with a device assertion in the first frame, hands each message to the application once
 * (deduplicated by id, since delivery is at least once), acknowledges it after the handler
 * returned, pings to stay alive, and reconnects with growing delays (1 s doubling to 30 s)
 * whenever the connection drops; on reconnect the server sends what is still unacknowledged.
 */
public final class PushConnection implements AutoCloseable {

    public static final String PATH = "/ws/push";
    private static final Duration PING_EVERY = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final AuthenticatorClient client;
    private final Consumer<PushMessage> handler;
    private final ObjectMapper json = new ObjectMapper();
    private final SeenMessages seen = new SeenMessages(10_000);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigil-push-connection");
        t.setDaemon(true);
        return t;
    });
    private volatile WebSocket socket;
    private volatile boolean closed;
    private volatile CountDownLatch ready = new CountDownLatch(1);
    private volatile String lastError;
    private int failures;

    private PushConnection(AuthenticatorClient client, Consumer<PushMessage> handler) {
        this.client = client;
        this.handler = handler;
    }

    /** Starts connecting in the background; {@link #awaitReady} waits for the first successful authentication. */
    public static PushConnection open(AuthenticatorClient client, Consumer<PushMessage> handler) {
        PushConnection connection = new PushConnection(client, handler);
        connection.scheduler.execute(connection::connect);
        connection.scheduler.scheduleAtFixedRate(connection::ping, PING_EVERY.toMillis(), PING_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return connection;
    }

    /** @return true once the server accepted the device on the current connection */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isReady() {
        return ready.getCount() == 0 && socket != null && !socket.isInputClosed();
    }

    /** What the server or the network said last time the connection failed, for messages. */
    public String lastError() {
        return lastError;
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI uri = URI.create(client.issuer().replaceFirst("^http", "ws") + PATH);
        client.httpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        dropped("cannot connect: " + error.getMessage());
                    }
                });
    }

    private void dropped(String reason) {
        lastError = reason;
        if (ready.getCount() == 0) {
            ready = new CountDownLatch(1);
        }
        socket = null;
        if (closed) {
            return;
        }
        long delay = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(failures, 5));
        failures++;
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void ping() {
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            ws.sendPing(ByteBuffer.allocate(0));
        }
    }

    private void received(WebSocket ws, String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            return;
        }
        switch (frame.path("type").asText()) {
            case "ready" -> {
                failures = 0;
                ready.countDown();
            }
            case "message" -> deliver(ws, frame);
            case "error" -> lastError = frame.path("detail").asText();
            default -> {
                // newer servers may send more; this client ignores what it does not know
            }
        }
    }

    private void deliver(WebSocket ws, JsonNode frame) {
        String id = frame.path("id").asText();
        if (seen.firstTime(id)) {
            try {
                handler.accept(new PushMessage(id, frame.path("kind").asText(), frame.path("payload"),
                        Instant.parse(frame.path("expiresAt").asText())));
            } catch (RuntimeException e) {
                // not acknowledged: the server sends it again
                seen.forget(id);
                return;
            }
        }
        send(ws, Map.of("type", "ack", "id", id));
    }

    private void send(WebSocket ws, Map<String, String> frame) {
        try {
            String text = json.writeValueAsString(frame);
            synchronized (this) {
                ws.sendText(text, true).join();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            ws.abort();
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
        }
        scheduler.shutdownNow();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            socket = ws;
            ws.request(1);
            scheduler.execute(() -> send(ws, Map.of("type", "authenticate", "assertion", client.deviceAssertion("GET", PATH))));
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                // handled off the socket's thread, in order: a slow handler does not block pings
                scheduler.execute(() -> received(ws, frame));
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            dropped("closed (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            dropped("failed: " + error.getMessage());
        }
    }
}

package org.vigil.client.sdk.care;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


/**
 * A monitoring station's live feed ({@code /ws/station}) over the JDK's WebSocket client: says
 * hello with the station's access token and the last event id it saw, then hands out messages in
 * the order received. {@link #lastEventId()} is what to pass when connecting again, so nothing
 * is missed and nothing comes twice.
 */
public final class StationFeed implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final StationMessage CLOSED = new StationMessage(null, "closed", null, null, null);

    private final BlockingQueue<StationMessage> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile long lastEventId;
    private volatile int closeCode = -1;
    private volatile String closeReason;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Held for as long as the feed: the JDK shuts an HttpClient down, open WebSocket and all, once it is garbage collected. */
    private final HttpClient http = HttpClient.newHttpClient();
    private WebSocket socket;

    private StationFeed(Long lastEventId) {
        this.lastEventId = lastEventId == null ? 0 : lastEventId;
    }

    /**
     * Connects and waits until the server says the feed is live; what was missed since
     * {@code lastEventId} (null: nothing to resume) is already queued by then.
     *
     * @throws StationFeedClosedException the server refused the station
     */
    public static StationFeed connect(URI baseUrl, String accessToken, Long lastEventId) throws IOException, InterruptedException {
        return connect(baseUrl, accessToken, null, lastEventId);
    }

    /**
     * Connects with a doctor or nurse signed in at the station: {@code personToken} is the
     * person's access token the station obtained by CIBA (null: nobody signed in). The server
     * records who was signed in; the station sees its assigned patients either way.
     *
     * @throws StationFeedClosedException the server refused the station or the person
     */
    public static StationFeed connect(URI baseUrl, String accessToken, String personToken, Long lastEventId)
            throws IOException, InterruptedException {
        StationFeed feed = new StationFeed(lastEventId);
        String base = baseUrl.toString().replaceFirst("^http", "ws");
        URI endpoint = URI.create(base.endsWith("/") ? base + "ws/station" : base + "/ws/station");
        try {
            feed.socket = feed.http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                    .buildAsync(endpoint, feed.new Listener()).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open " + endpoint, e);
        }
        Map<String, Object> hello = new HashMap<>(Map.of("type", "hello", "accessToken", accessToken));
        if (lastEventId != null) {
            hello.put("lastEventId", lastEventId);
        }
        if (personToken != null) {
            hello.put("personToken", personToken);
        }
        feed.socket.sendText(CareJson.MAPPER.writeValueAsString(hello), true);
        feed.awaitReady();
        return feed;
    }

    /** The next message, or empty when none came in time. @throws StationFeedClosedException once the server closed the feed */
    public Optional<StationMessage> next(Duration timeout) throws InterruptedException, StationFeedClosedException {
        StationMessage m = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == CLOSED) {
            inbox.add(CLOSED);
            throw new StationFeedClosedException(closeCode, closeReason);
        }
        return Optional.ofNullable(m);
    }

    /** The id of the last event received: resume from here. */
    public long lastEventId() {
        return lastEventId;
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        try {
            ready.get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new StationFeedClosedException(closeCode, closeReason);
        } catch (TimeoutException e) {
            close();
            throw new IOException("the station feed did not become ready");
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
                    StationMessage message = StationMessage.parse(text);
                    if (message.isEvent()) {
                        lastEventId = Math.max(lastEventId, message.id());
                    }
                    inbox.add(message);
                    if ("ready".equals(message.type())) {
                        ready.complete(null);
                    }
                } catch (IOException e) {
                    inbox.add(new StationMessage(null, "unreadable", null, null, null));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            closeReason = reason;
            inbox.add(CLOSED);
            ready.completeExceptionally(new StationFeedClosedException(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode = 1006;
            closeReason = String.valueOf(error);
            inbox.add(CLOSED);
            ready.completeExceptionally(error);
        }
    }
}

package org.vigil.client.station.live;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationFeedClosedException;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.client.sdk.station.StationCredentials;

/**
 * The station's live feed, kept open: connects with the station's token and the signed-in
 * person's, hands every message to the listener, and after a drop reconnects with the last event
 * id so the server replays what was missed, once. A refusal of the person (1008) stops it: the
 * screen says why and asks for a new sign-in.
 */
public final class LiveLink implements AutoCloseable {

    /** What the link reports, on its own thread: the UI moves it to the FX thread. */
    public interface Listener {
        void state(ConnectionState state);

        /** The patients assigned now, as each {@code ready} says. */
        void assigned(Set<String> patientIds);

        void message(StationMessage message);

        /** The server refused the station or the person: nothing more comes. */
        void refused(Throwable why);
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final URI server;
    private final StationCredentials credentials;
    private final String personToken;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile StationFeed feed;
    /** Touched only by the link's own thread. */
    private final ResumePoint resumePoint = new ResumePoint();

    public LiveLink(URI server, StationCredentials credentials, String personToken, Listener listener) {
        this.server = server;
        this.credentials = credentials;
        this.personToken = personToken;
        this.listener = listener;
        this.thread = new Thread(this::run, "station-live-link");
        this.thread.setDaemon(true);
    }

    public LiveLink start() {
        thread.start();
        return this;
    }

    private void run() {
        boolean reconnect = false;
        int refusals = 0;
        Duration backoff = Duration.ofMillis(250);
        while (!closed) {
            listener.state(reconnect ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING);
            String token = null;
            try {
                token = credentials.stationToken();
                feed = StationFeed.connect(server, token, personToken, resumePoint.resumeFrom());
                backoff = Duration.ofMillis(250);
                refusals = 0;
                boolean incomplete = false;
                boolean announced = false;
                while (!closed) {
                    Optional<StationMessage> next = feed.next(Duration.ofSeconds(1));
                    if (next.isEmpty()) {
                        if (!announced) {
                            listener.state(incomplete ? ConnectionState.REPLAY_INCOMPLETE : reconnect ? ConnectionState.RESUMED : ConnectionState.LIVE);
                            announced = true;
                        }
                        continue;
                    }
                    StationMessage m = next.get();
                    switch (m.type()) {
                        case "ready" -> {
                            listener.assigned(patients(m));
                            listener.state(incomplete ? ConnectionState.REPLAY_INCOMPLETE : reconnect ? ConnectionState.RESUMED : ConnectionState.LIVE);
                            announced = true;
                        }
                        case "replay-incomplete" -> {
                            incomplete = true;
                            listener.state(ConnectionState.REPLAY_INCOMPLETE);
                        }
                        default -> listener.message(m);
                    }
                    // only once the listener has it: a message that failed on its way is asked for again
                    resumePoint.saw(m);
                }
            } catch (StationFeedClosedException e) {
                // a refusal may be the station's token expiring: renew it once before believing it
                if (e.code() == 1008 && !closed && ++refusals >= 2) {
                    listener.refused(e);
                    closed = true;
                } else if (e.code() == 1008 && token != null) {
                    try {
                        credentials.renewStationToken(token);
                    } catch (Exception ignored) {
                        // the next attempt says what is wrong
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the server is away: try again, telling people
            } finally {
                StationFeed f = feed;
                if (f != null) {
                    f.close();
                }
            }
            if (closed) {
                break;
            }
            reconnect = true;
            listener.state(ConnectionState.RECONNECTING);
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        listener.state(ConnectionState.OFFLINE);
    }

    private static Set<String> patients(StationMessage ready) {
        return StreamSupport.stream(ready.raw().path("patients").spliterator(), false).map(n -> n.asText()).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        closed = true;
        StationFeed f = feed;
        if (f != null) {
            f.close();
        }
        thread.interrupt();
    }
}

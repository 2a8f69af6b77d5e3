package org.vigil.client.gateway.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.ObservationsRefusedException;
import org.vigil.client.sdk.care.ObservationsResponse;

/**
 * Drains the outbox to the server, oldest first, in batches. A measurement leaves the outbox
 * only when the server answered {@code stored} or {@code duplicate} for its id, or
 * {@code rejected} (then it goes to the outbox's rejected record, with the reason). Anything
 * else leaves it where it is:
 * <ul>
 * <li>no answer, 5xx, 408 or 429: wait (exponential backoff with jitter, at least the server's
 *     {@code Retry-After}) and send the same batch again; the server deduplicates;</li>
 * <li>401: ask the token source for a new token and try once more at once;</li>
 * <li>413: halve the batch size;</li>
 * <li>400 or 422 for a batch: send its measurements one by one, so the one the server cannot
 *     take is rejected alone instead of blocking the queue;</li>
 * <li>any other refusal (403, 404...): keep waiting with backoff; the data stays until an
 *     operator fixes the gateway's configuration or enrolment.</li>
 * </ul>
 */
public final class Uploader implements Runnable {

    private static final System.Logger LOG = System.getLogger(Uploader.class.getName());

    /** Batch size, idle polling interval and the backoff's base and cap. */
    public record Settings(int batchSize, Duration idlePoll, Duration backoffBase, Duration backoffCap) {

        public static Settings defaults() {
            return new Settings(500, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(5));
        }
    }

    /** What one attempt came to, and so what the loop does next. */
    public sealed interface Outcome {
        /** Nothing to send. */
        record Idle() implements Outcome { }
        /** Measurements left the outbox: go on at once. */
        record Progress(int settled) implements Outcome { }
        /** Try again after {@code delay}. */
        record Retry(Duration delay) implements Outcome { }
    }

    private final Outbox outbox;
    private final ObservationsClient client;
    private final TokenSource tokens;
    private final Backoff backoff;
    private final Duration idlePoll;
    private final Clock clock;
    private final Object signal = new Object();

    private int batchSize;
    private int isolating;
    private String token;
    private volatile boolean running = true;
    private boolean workPending;

    // read by status() while an upload may be waiting on the network: volatile, not locked
    private volatile long delivered;
    private volatile long rejected;
    private volatile Instant lastDelivery;
    private volatile String lastError;

    public Uploader(Outbox outbox, ObservationsClient client, TokenSource tokens, Settings settings) {
        this(outbox, client, tokens, settings, RandomGenerator.getDefault(), Clock.systemUTC());
    }

    Uploader(Outbox outbox, ObservationsClient client, TokenSource tokens, Settings settings,
             RandomGenerator random, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.tokens = tokens;
        this.batchSize = settings.batchSize();
        this.idlePoll = settings.idlePoll();
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
        this.clock = clock;
    }

    /** Uploads until {@link #stop()}. */
    @Override
    public void run() {
        while (running) {
            Outcome outcome = uploadOnce();
            if (outcome instanceof Outcome.Idle) {
                pause(idlePoll, true);
            } else if (outcome instanceof Outcome.Retry retry) {
                pause(retry.delay(), false);
            }
        }
    }

    /** New measurements are in the outbox: an idle uploader sends them now rather than at its next poll. */
    public void wake() {
        synchronized (signal) {
            workPending = true;
            signal.notifyAll();
        }
    }

    public void stop() {
        synchronized (signal) {
            running = false;
            signal.notifyAll();
        }
    }

    public UploadStatus status() {
        return new UploadStatus(delivered, rejected, Optional.ofNullable(lastDelivery), backoff.failures(),
                Optional.ofNullable(lastError));
    }

    /** One attempt at the oldest batch. */
    public synchronized Outcome uploadOnce() {
        List<Measurement> batch = outbox.peek(isolating > 0 ? 1 : batchSize);
        if (batch.isEmpty()) {
            isolating = 0;
            return new Outcome.Idle();
        }
        try {
            ObservationsResponse response = send(batch);
            int settled = settle(batch, response);
            if (settled == 0) {
                return failed("the server answered but acknowledged none of " + batch.size() + " measurement(s)", Duration.ZERO);
            }
            backoff.reset();
            lastError = null;
            isolating = Math.max(0, isolating - 1);
            return new Outcome.Progress(settled);
        } catch (ObservationsRefusedException e) {
            return refused(batch, e);
        } catch (IOException e) {
            return failed("no answer from the server: " + e, Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return new Outcome.Retry(Duration.ZERO);
        }
    }

    private ObservationsResponse send(List<Measurement> batch) throws IOException, InterruptedException {
        List<Observation> observations = batch.stream().map(Uploader::observation).toList();
        if (token == null) {
            token = tokens.accessToken();
        }
        try {
            return client.upload(token, observations);
        } catch (ObservationsRefusedException e) {
            if (e.status() != 401) {
                throw e;
            }
            String refused = token;
            token = null; // if renewal fails, ask again next time
            token = tokens.renew(refused);
            LOG.log(System.Logger.Level.INFO, "access token refused; renewed it and sending again");
            return client.upload(token, observations);
        }
    }

    private int settle(List<Measurement> batch, ObservationsResponse response) {
        Map<UUID, ObservationResult> results = new HashMap<>();
        response.results().forEach(r -> results.put(r.measurementId(), r));
        List<UUID> held = new ArrayList<>();
        Map<UUID, String> refused = new LinkedHashMap<>();
        for (Measurement m : batch) {
            ObservationResult result = results.get(m.id());
            if (result == null) {
                continue; // not answered for: it stays and goes again
            }
            switch (result.status()) {
                case STORED, DUPLICATE -> held.add(m.id());
                case REJECTED -> refused.put(m.id(), result.reason());
                case UNKNOWN -> LOG.log(System.Logger.Level.WARNING, "unknown status for {0}; keeping it", m.id());
            }
        }
        outbox.remove(held);
        if (!refused.isEmpty()) {
            outbox.reject(refused);
            refused.forEach((id, reason) -> LOG.log(System.Logger.Level.WARNING, "server rejected measurement {0}: {1}", id, reason));
        }
        delivered += held.size();
        rejected += refused.size();
        if (!held.isEmpty()) {
            lastDelivery = clock.instant();
        }
        return held.size() + refused.size();
    }

    private Outcome refused(List<Measurement> batch, ObservationsRefusedException e) {
        int status = e.status();
        if (status == 413 && batchSize > 1) {
            batchSize = Math.max(1, batchSize / 2);
            LOG.log(System.Logger.Level.WARNING, "batch too large for the server; batches of {0} from now on", batchSize);
            return new Outcome.Retry(Duration.ZERO);
        }
        if (status == 400 || status == 422) {
            if (batch.size() > 1) {
                isolating = batch.size();
                LOG.log(System.Logger.Level.WARNING, "server refused a batch ({0}); sending its {1} measurements one by one",
                        e.getMessage(), batch.size());
                return new Outcome.Retry(Duration.ZERO);
            }
            Measurement only = batch.get(0);
            String reason = "refused with " + status + ": " + e.problem().detail();
            outbox.reject(Map.of(only.id(), reason));
            LOG.log(System.Logger.Level.WARNING, "server rejected measurement {0}: {1}", only.id(), reason);
            rejected++;
            isolating = Math.max(0, isolating - 1);
            return new Outcome.Progress(1);
        }
        return failed("server refused the batch: " + e.getMessage(), e.retryAfter().orElse(Duration.ZERO));
    }

    private Outcome failed(String error, Duration serverAsked) {
        lastError = error;
        Duration delay = backoff.next(serverAsked);
        LOG.log(System.Logger.Level.WARNING, "upload failed ({0} in a row), next attempt in {1} ms: {2}",
                backoff.failures(), delay.toMillis(), error);
        return new Outcome.Retry(delay);
    }

    private void pause(Duration delay, boolean untilWork) {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (signal) {
            try {
                while (running && !(untilWork && workPending)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    signal.wait(Math.max(1, left / 1_000_000));
                }
                workPending = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static Observation observation(Measurement m) {
        return new Observation(m.id(), m.kind().code(), m.value(), m.unit(), m.measuredAt(), m.device());
    }
}

package org.vigil.client.gateway.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.DROP_CONNECTION;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.SERVER_ERROR;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.STORE_THEN_DROP;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.TOO_LARGE;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.TOO_MANY_REQUESTS;
import static org.vigil.client.gateway.upload.ObservationsPeer.Fault.UNAVAILABLE;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.sdk.care.ObservationsClient;

class UploaderTest {

    private static final Uploader.Settings FAST =
            new Uploader.Settings(100, Duration.ofMillis(20), Duration.ofMillis(5), Duration.ofMillis(50));
    private static final Kind[] KINDS = {Kind.HEART_RATE, Kind.RR_INTERVAL, Kind.SYSTOLIC_PRESSURE, Kind.BODY_TEMPERATURE, Kind.STEPS};

    @TempDir
    Path dir;

    private Outbox outbox;
    private ObservationsPeer peer;
    private int n;

    @BeforeEach
    void open() throws Exception {
        outbox = Outbox.open(dir, 1_000_000);
        peer = new ObservationsPeer("t1");
    }

    @AfterEach
    void close() {
        peer.close();
        outbox.close();
    }

    private Uploader uploader(TokenSource tokens) {
        return new Uploader(outbox, new ObservationsClient(peer.base()), tokens, FAST, new SplittableRandom(7), Clock.systemUTC());
    }

    private List<Measurement> append(int count, Kind... kinds) throws Exception {
        List<Measurement> batch = new ArrayList<>();
        for (int i = 0; i < count; i++, n++) {
            Kind kind = kinds.length > 0 ? kinds[i % kinds.length] : KINDS[n % KINDS.length];
            batch.add(new Measurement(UUID.randomUUID(), kind, 50 + n % 100, Instant.parse("2026-11-24T10:00:00Z").plusMillis(n),
                    "AA:BB:CC:DD:EE:0" + n % 4));
        }
        outbox.append(batch);
        return batch;
    }

    private void drain(Uploader uploader) {
        for (int attempts = 0; outbox.depth() > 0; attempts++) {
            assertThat(attempts).as("attempts to drain the outbox").isLessThan(1000);
            uploader.uploadOnce();
        }
    }

    @Test
    void everythingArrivesExactlyOnceThroughOutagesErrorsAndLostAnswers() throws Exception {
        List<Measurement> sent = new ArrayList<>(append(450));
        peer.fail(UNAVAILABLE, DROP_CONNECTION, STORE_THEN_DROP, SERVER_ERROR, TOO_MANY_REQUESTS, STORE_THEN_DROP, STORE_THEN_DROP);
        Uploader uploader = uploader(new FixedTokenSource("t1"));
        Thread running = new Thread(uploader, "uploader");
        running.start();
        try {
            for (int i = 0; i < 10; i++) {
                sent.addAll(append(55));
                uploader.wake();
                if (i == 5) {
                    peer.fail(STORE_THEN_DROP, DROP_CONNECTION, UNAVAILABLE);
                }
                Thread.sleep(10);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (outbox.depth() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            uploader.stop();
            running.join(10_000);
        }

        assertThat(outbox.depth()).isZero();
        assertThat(peer.stored().keySet()).containsExactlyInAnyOrderElementsOf(sent.stream().map(m -> m.id().toString()).toList());
        assertThat(peer.storeCounts().values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(uploader.status().delivered()).isGreaterThanOrEqualTo(sent.size());
        assertThat(uploader.status().lastDelivery()).isPresent();
        assertThat(uploader.status().failuresInARow()).isZero();
    }

    @Test
    void whatTheServerStoresIsWhatWasMeasured() throws Exception {
        Measurement m = append(1, Kind.SYSTOLIC_PRESSURE).get(0);
        drain(uploader(new FixedTokenSource("t1")));
        var json = peer.stored().get(m.id().toString());
        assertThat(json.path("kind").asText()).isEqualTo("systolic-pressure");
        assertThat(json.path("unit").asText()).isEqualTo("mm[Hg]");
        assertThat(json.path("value").asDouble()).isEqualTo(m.value());
        assertThat(Instant.parse(json.path("measuredAt").asText())).isEqualTo(m.measuredAt());
        assertThat(json.path("device").asText()).isEqualTo(m.device());
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheBatchSentAgain() throws Exception {
        AtomicInteger renewals = new AtomicInteger();
        TokenSource tokens = new TokenSource() {
            private String current = "t1";

            @Override
            public String accessToken() {
                return current;
            }

            @Override
            public String renew(String refused) {
                assertThat(refused).isEqualTo(current);
                current = "t" + (2 + renewals.getAndIncrement());
                return current;
            }
        };
        Uploader uploader = uploader(tokens);
        append(10);
        assertThat(uploader.uploadOnce()).isInstanceOf(Uploader.Outcome.Progress.class);

        peer.acceptOnly("t2");
        append(10);
        assertThat(uploader.uploadOnce()).isEqualTo(new Uploader.Outcome.Progress(10));

        assertThat(renewals).hasValue(1);
        assertThat(outbox.depth()).isZero();
        assertThat(peer.stored()).hasSize(20);
    }

    @Test
    void rejectedMeasurementsLeaveTheQueueIntoTheRejectedRecord() throws Exception {
        List<Measurement> batch = append(3, Kind.HEART_RATE, Kind.BATTERY_LEVEL, Kind.SPO2);
        Uploader uploader = uploader(new FixedTokenSource("t1"));

        drain(uploader);

        assertThat(peer.stored()).containsOnlyKeys(batch.get(0).id().toString(), batch.get(2).id().toString());
        assertThat(outbox.rejected(10)).singleElement().satisfies(r -> {
            assertThat(r.measurement()).isEqualTo(batch.get(1));
            assertThat(r.reason()).isEqualTo("unknown kind or unit: battery-level %");
        });
        assertThat(outbox.stats().rejected()).isEqualTo(1);
        assertThat(uploader.status().rejected()).isEqualTo(1);
    }

    @Test
    void aBatchTheServerCannotProcessIsSplitSoOnlyTheBadMeasurementIsRejected() throws Exception {
        List<Measurement> good = append(4);
        Measurement bad = new Measurement(UUID.randomUUID(), Kind.HEART_RATE, 70, Instant.parse("1999-12-31T23:59:59Z"), "AA:BB:CC:DD:EE:FF");
        outbox.append(List.of(bad));
        List<Measurement> after = append(3);

        drain(uploader(new FixedTokenSource("t1")));

        assertThat(peer.stored().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(good.stream(), after.stream()).map(m -> m.id().toString()).toList());
        assertThat(outbox.rejected(10)).singleElement().satisfies(r -> {
            assertThat(r.measurement().id()).isEqualTo(bad.id());
            assertThat(r.reason()).isEqualTo("refused with 422: measuredAt before 2000");
        });
    }

    @Test
    void aBatchTooLargeForTheServerHalvesTheBatchSize() throws Exception {
        append(250);
        peer.fail(TOO_LARGE);

        drain(uploader(new FixedTokenSource("t1")));

        assertThat(peer.batchSizes()).containsExactly(50, 50, 50, 50, 50);
        assertThat(peer.stored()).hasSize(250);
    }

    @Test
    void withNoServerNothingLeavesAndTheWaitGrows() throws Exception {
        append(5);
        int port = peer.base().getPort();
        peer.close();
        Uploader uploader = new Uploader(outbox, new ObservationsClient(URI.create("http://127.0.0.1:" + port)),
                new FixedTokenSource("t1"), new Uploader.Settings(100, Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(60)),
                new SplittableRandom(1), Clock.systemUTC());

        for (int i = 1; i <= 5; i++) {
            assertThat(uploader.uploadOnce()).isInstanceOfSatisfying(Uploader.Outcome.Retry.class,
                    retry -> assertThat(retry.delay()).isLessThanOrEqualTo(Duration.ofMillis(1600)));
        }
        assertThat(uploader.status().failuresInARow()).isEqualTo(5);
        assertThat(uploader.status().lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("no answer from the server"));
        assertThat(outbox.depth()).isEqualTo(5);
    }
}

package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.Outbox;
import org.vigil.client.gateway.simulator.Simulator;
import org.vigil.client.gateway.upload.DeviceTokenSource;
import org.vigil.client.gateway.upload.Uploader;
import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.device.DeviceClientEnrollment;
import org.vigil.client.sdk.device.EnrolledDeviceClient;
import org.vigil.client.sdk.device.PrivateKeyJwtTokens;
import org.vigil.it.support.CrashSystemExtension;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.StoredObservations;
import org.vigil.it.support.TcpProxy;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * Store and forward under failure (issue #7, and #5's crash test): the real gateway code, from
 * simulated GATT bytes through the parsers, the SQLite outbox and the uploader, enrolled with an
 * admin's code and authenticating with private_key_jwt, streams to the server through a network
 * the test cuts, while the server is killed with SIGKILL and started again on the same data.
 * Afterwards the server holds every measurement the gateway made exactly once, and the outbox is
 * empty.
 *
 * <p>The test kills its server, so it runs on the crash tests' system ({@link CrashSystemExtension}) and leaves the
 * run's shared server alone.
 */
// crash safety is a production property: it runs once, on PostgreSQL (docs/decisions.md, "Which pass runs the crash tests")
@Tag("postgresql-only")
@ExtendWith(CrashSystemExtension.class)
class GatewayResilienceIT {

    /** Ten simulated seconds per second: a few thousand measurements over the test. */
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofMinutes(2);

    @TempDir
    Path gatewayHome;

    @Test
    void everyMeasurementReachesTheServerExactlyOnceThroughANetworkCutAndAServerCrash(VigilSystem system) throws Exception {
        try (TcpProxy network = TcpProxy.start(system.server().settings().httpPort())) {
            WildFlyServer server = system.server();
            Oidc oidc = new Oidc(server);
            UUID patientId = admitPatient(oidc, system);
            // the gateway's every connection, token requests included, goes through the network the test controls
            HttpClient gatewayHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .proxy(ProxySelector.of(network.address())).connectTimeout(Duration.ofSeconds(5)).build();
            DeviceKey key = new Pkcs12DeviceKeyStore(gatewayHome.resolve("gateway.p12"), "secret".toCharArray()).generate();
            EnrolledDeviceClient enrolled = DeviceClientEnrollment.enroll(server.baseUrl(), gatewayCode(oidc, patientId), key,
                    gatewayHttp, Clock.systemUTC());
            Set<UUID> generated = ConcurrentHashMap.newKeySet();
            AtomicReference<Throwable> tickFailure = new AtomicReference<>();

            try (Outbox outbox = Outbox.open(gatewayHome.resolve("outbox"), 1_000_000)) {
                Uploader uploader = new Uploader(outbox, new ObservationsClient(server.baseUrl(), gatewayHttp),
                        new DeviceTokenSource(new PrivateKeyJwtTokens(enrolled, key, gatewayHttp, Clock.systemUTC())),
                        new Uploader.Settings(100, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(3)));
                GattIntake intake = new GattIntake(outbox, Clock.systemUTC(), ZoneId.systemDefault(), uploader::wake);
                Simulator simulator = new Simulator(1, 7, intake, Clock.systemUTC(), ZoneId.systemDefault(),
                        stored -> stored.forEach(m -> generated.add(m.id())));
                Thread uploading = new Thread(uploader, "uploader");
                ScheduledExecutorService devices = Executors.newSingleThreadScheduledExecutor();
                simulator.connect();
                uploading.start();
                devices.scheduleAtFixedRate(() -> {
                    try {
                        simulator.tick();
                    } catch (RuntimeException | Error e) {
                        tickFailure.compareAndSet(null, e);
                        throw e;
                    }
                }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    await("first uploads", RECOVERY, () -> uploader.status().delivered() >= 50);

                    network.cut();
                    long deliveredBeforeCut = uploader.status().delivered();
                    long waitingBeforeCut = outbox.depth();
                    Thread.sleep(OUTAGE.toMillis());
                    assertThat(uploader.status().failuresInARow()).as("uploads failed while the network was down").isPositive();
                    assertThat(outbox.depth()).as("measurements kept coming in and waited").isGreaterThan(waitingBeforeCut);
                    network.restore();
                    await("uploads after the network came back", RECOVERY,
                            () -> uploader.status().delivered() > deliveredBeforeCut + 20 && uploader.status().failuresInARow() == 0);

                    // no quiet moment: the kill lands while batches are on their way
                    server.kill();
                    long deliveredBeforeCrash = uploader.status().delivered();
                    Thread.sleep(3_000);
                    assertThat(uploader.status().failuresInARow()).as("uploads failed while the server was down").isPositive();
                    server.restart();
                    await("uploads after the server came back", RECOVERY,
                            () -> uploader.status().delivered() > deliveredBeforeCrash + 20 && uploader.status().failuresInARow() == 0);
                } finally {
                    devices.shutdown();
                    assertThat(devices.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                }
                assertThat(tickFailure.get()).as("every simulated value went through the intake").isNull();
                await("the outbox to drain", RECOVERY, () -> outbox.depth() == 0);
                uploader.stop();
                uploading.join(30_000);

                assertThat(outbox.depth()).isZero();
                assertThat(outbox.peek(1)).as("nothing left in the outbox").isEmpty();
                assertThat(outbox.stats().rejected()).as("nothing refused: every simulated value is a plausible vital sign").isZero();
                assertThat(outbox.stats().shed()).as("nothing dropped for room").isEmpty();
            }

            Map<UUID, Integer> stored = StoredObservations.countsByMeasurementId(system, patientId);
            System.out.printf("gateway made %d measurements; the server holds %d distinct, %d rows%n", generated.size(),
                    stored.size(), stored.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(generated).as("a stream long enough to mean something").hasSizeGreaterThan(500);
            assertThat(stored.keySet()).as("nothing missing, nothing extra").isEqualTo(generated);
            assertThat(stored).as("no measurement stored twice").allSatisfy((id, rows) -> assertThat(rows).isEqualTo(1));
        }
    }

    private static UUID admitPatient(Oidc oidc, VigilSystem system) {
        SignUps.Account account = SignUps.level1Account(system.server(), system.mail(), SignUps.Person.random());
        HttpResponse<String> admitted = adminPost(oidc, "/api/v1/admin/patients", Map.of("accountId", account.id(),
                "familyName", "Muster", "givenName", "Anna", "birthDate", "1950-03-01", "sex", "female"));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        return UUID.fromString(Json.parse(admitted.body()).get("patientId").asText());
    }

    private static String gatewayCode(Oidc oidc, UUID patientId) {
        HttpResponse<String> issued = adminPost(oidc, "/api/v1/admin/device-enrollments",
                Map.of("role", "gateway", "patientId", patientId.toString()));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body()).get("enrollmentCode").asText();
    }

    private static HttpResponse<String> adminPost(Oidc oidc, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}

package org.vigil.it.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilSystem;

/**
 * Tokens per second from the deployed server (H2, one node) for client_credentials with
 * private_key_jwt and for refresh_token rotation, at 1 and 32 concurrent clients, with p50/p99
 * latency. Not a test: {@code mvn -pl it -Pbenchmark verify} runs it and writes
 * docs/BENCHMARKS.md's identity section.
 */
public final class TokenBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);

    private record Figure(String grant, int clients, double perSecond, double p50Millis, double p99Millis) {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        try (VigilSystem system = VigilSystem.start(ItSettings.fromSystemProperties())) {
            Oidc oidc = new Oidc(system.server());
            List<Figure> figures = new ArrayList<>();
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("bench").generate();
            String device = "bench-device";
            oidc.register(Map.of("clientId", device, "name", "Benchmark device", "tokenEndpointAuthMethod", "private_key_jwt",
                    "jwks", new JWKSet(key.toPublicJWK()).toString(), "grantTypes", List.of("client_credentials"), "roles", List.of("gateway")));
            IntFunction<Runnable> clientCredentials = worker -> () -> expectOk(oidc.tokenRequest(Map.of("grant_type", "client_credentials",
                    "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    "client_assertion", assertion(device, oidc.issuer() + "/oidc/token", key)), null));
            figures.add(measure("client_credentials + private_key_jwt", 1, clientCredentials));
            figures.add(measure("client_credentials + private_key_jwt", 32, clientCredentials));

            RefreshChains chains = RefreshChains.logIn(oidc, system, 32);
            IntFunction<Runnable> refresh = worker -> () -> chains.refresh(worker);
            figures.add(measure("refresh_token (rotation)", 1, refresh));
            figures.add(measure("refresh_token (rotation)", 32, refresh));
            write(report, figures);
        }
    }

    private static Figure measure(String grant, int clients, IntFunction<Runnable> work) throws Exception {
        run(clients, work, WARM_UP, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        run(clients, work, MEASURE, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Figure(grant, clients, sorted.size() / seconds, Percentiles.of(sorted, 0.50) / 1e6, Percentiles.of(sorted, 0.99) / 1e6);
    }

    private static void run(int clients, IntFunction<Runnable> work, Duration duration, List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant end = Instant.now().plus(duration);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Runnable call = work.apply(i);
            running.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    long t0 = System.nanoTime();
                    call.run();
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.body());
        }
    }

    private static String assertion(String clientId, String audience, ECKey key) {
        try {
            Date now = new Date();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience).issueTime(now)
                            .expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path report, List<Figure> figures) throws IOException {
        StringBuilder section = new StringBuilder();
        section.append("## Identity provider: tokens per second\n\n")
                .append("Measured ").append(LocalDate.now()).append(" with `mvn -B -pl it -Pbenchmark verify` (after `mvn -B install -DskipTests`),\n")
                .append("on this project's machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", WildFly 39.0.1 with its default heap (512 MB), H2, one node;\n")
                .append("the load generator runs on the same machine. ").append(WARM_UP.toSeconds()).append(" s warm-up, ")
                .append(MEASURE.toSeconds()).append(" s measured per row. Each client_credentials request carries a fresh\n")
                .append("ES256 client assertion (signature check + jti replay check); each refresh rotates the token in the database.\n")
                .append("With 2 cores, server and load generator compete for the CPU: the 32-client rows show the server saturated,\n")
                .append("not its ceiling on a machine of its own.\n\n")
                .append("| grant | concurrent clients | tokens/s | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        for (Figure f : figures) {
            section.append(String.format("| %s | %d | %.0f | %.1f | %.1f |%n", f.grant(), f.clients(), f.perSecond(), f.p50Millis(), f.p99Millis()));
        }
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf("## Identity provider: tokens per second");
        if (start >= 0) {
            int next = existing.indexOf("\n## ", start + 1);
            existing = existing.substring(0, start) + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(report, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }

    /** One login per concurrent client, so each refreshes its own token family. */
    private static final class RefreshChains {

        private final Oidc oidc;
        private final String basic;
        private final String[] tokens;

        private RefreshChains(Oidc oidc, String basic, String[] tokens) {
            this.oidc = oidc;
            this.basic = basic;
            this.tokens = tokens;
        }

        static RefreshChains logIn(Oidc oidc, VigilSystem system, int count) {
            String redirect = "http://localhost:9/bench";
            var client = oidc.register(Map.of("clientId", "bench-web", "name", "Benchmark web app", "tokenEndpointAuthMethod",
                    "client_secret_basic", "redirectUris", List.of(redirect), "grantTypes", List.of("authorization_code", "refresh_token"),
                    "firstParty", true));
            String basic = Oidc.basic("bench-web", client.get("clientSecret").asText());
            SignUps.Person person = SignUps.Person.random();
            TestDevice device = new TestDevice(system.server());
            device.enroll(SignUps.level1(system.server(), system.mail(), person), "bench");
            Oidc browser = new Oidc(system.server());
            String[] tokens = new String[count];
            for (int i = 0; i < count; i++) {
                String verifier = Oidc.verifier();
                HttpResponse<String> page = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", "bench-web",
                        "redirect_uri", redirect, "scope", "openid", "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));
                HttpResponse<String> back = page.statusCode() == 200 ? browser.loginWithDevice(page, person.email(), device) : page;
                String code = Oidc.queryOf(back.headers().firstValue("Location").orElseThrow()).get("code");
                HttpResponse<String> issued = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirect, "code_verifier", verifier), basic);
                expectOk(issued);
                tokens[i] = Json.parse(issued.body()).get("refresh_token").asText();
            }
            return new RefreshChains(oidc, basic, tokens);
        }

        void refresh(int worker) {
            HttpResponse<String> response = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", tokens[worker]), basic);
            expectOk(response);
            tokens[worker] = Json.parse(response.body()).get("refresh_token").asText();
        }
    }
}

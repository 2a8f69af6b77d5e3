package org.vigil.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;

/**
 * Keycloak from Maven Central's {@code keycloak-quarkus-dist} (unpacked by the benchmark profile),
 * {@code kc.sh start-dev} (its H2, RS256 JWT access tokens), a realm with one confidential client
 * whose service account is enabled, created through the admin REST API as an operator would.
 */
final class KeycloakPeer implements TokenPeer {

    private static final String REALM = "bench";
    private static final String CLIENT = "bench";

    private final Process process;
    private final String base;
    private final String secret;
    private final String version;

    private KeycloakPeer(Process process, String base, String secret, String version) {
        this.process = process;
        this.base = base;
        this.secret = secret;
        this.version = version;
    }

    static KeycloakPeer start(Path home, int port, Path log) throws IOException, InterruptedException {
        deleteTree(home.resolve("data"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--http-management-port=" + (port + 1), "--http-host=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        String adminPassword = UUID.randomUUID().toString();
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Process process = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            String secret = configure(HttpClient.newHttpClient(), process, base, adminPassword, log);
            return new KeycloakPeer(process, base, secret, home.getFileName().toString().replace("keycloak-", ""));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Waits for it to answer, then makes the realm and its client as an operator would; returns the client's secret. */
    private static String configure(HttpClient http, Process process, String base, String adminPassword, Path log)
            throws IOException, InterruptedException {
        awaitUp(process, http, base + "/realms/master", log);
        String admin = Json.parse(send(http, HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Oidc.form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", adminPassword)))), 200)).get("access_token").asText();
        send(http, json(base + "/admin/realms", admin, Map.of("realm", REALM, "enabled", true)), 201);
        String secret = UUID.randomUUID().toString();
        send(http, json(base + "/admin/realms/" + REALM + "/clients", admin, Map.of("clientId", CLIENT, "secret", secret, "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "clientAuthenticatorType", "client-secret")), 201);
        return secret;
    }

    private static HttpRequest.Builder json(String url, String bearer, Map<String, Object> body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void awaitUp(Process process, HttpClient http, String url, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended at start-up; its log: " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start within 10 minutes; its log: " + log);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public String name() {
        return "Keycloak " + version + " (`start-dev`, H2, RS256 JWT)";
    }

    @Override
    public String tokenUrl() {
        return base + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    @Override
    public String basicAuthorization() {
        return Oidc.basic(CLIENT, secret);
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package org.vigil.it.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;

/**
 * node-oidc-provider from npm (installed from the benchmark's lock file), in memory, one client
 * for client_credentials: {@code it/src/bench/node-peers/provider.mjs}.
 */
final class NodeOidcProviderPeer implements TokenPeer {

    private final Process process;
    private final int port;
    private final String secret;
    private final String version;

    private NodeOidcProviderPeer(Process process, int port, String secret, String version) {
        this.process = process;
        this.port = port;
        this.secret = secret;
        this.version = version;
    }

    static NodeOidcProviderPeer start(Path directory, int port) throws Exception {
        String secret = UUID.randomUUID().toString();
        ProcessBuilder pb = new ProcessBuilder("node", directory.resolve("provider.mjs").toString(), Integer.toString(port), secret)
                .directory(directory.toFile()).redirectErrorStream(true);
        pb.environment().put("NODE_ENV", "production");
        Process process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("listening on")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        if (first == null) {
            throw new IllegalStateException("node-oidc-provider did not start");
        }
        // keep draining its output so a full pipe never blocks it
        CompletableFuture.runAsync(() -> out.lines().forEach(l -> { }));
        String version = Json.parse(Files.readString(directory.resolve("node_modules/oidc-provider/package.json"))).get("version").asText();
        return new NodeOidcProviderPeer(process, port, secret, version);
    }

    @Override
    public String name() {
        return "node-oidc-provider " + version + " (in memory, opaque tokens)";
    }

    @Override
    public String tokenUrl() {
        return "http://127.0.0.1:" + port + "/token";
    }

    @Override
    public String basicAuthorization() {
        return Oidc.basic("bench", secret);
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package org.vigil.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Node.js push service ({@code push-service.mjs}: http_ece and jose, independent of the
 * server's Java library): it holds the user agent's keys, decrypts what arrives and checks VAPID.
 */
public final class PushService implements AutoCloseable {

    private final Process process;
    private final JsonNode subscription;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

    private PushService(Process process, JsonNode subscription, BufferedReader out) {
        this.process = process;
        this.subscription = subscription;
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("RECEIVED ")) {
                        received.add(Json.parse(line.substring("RECEIVED ".length())));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "push-service-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static PushService start() {
        try {
            Process process = new ProcessBuilder("node", System.getProperty("vigil.push-service"))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null || !first.startsWith("SUBSCRIPTION ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the push service did not start: " + first);
            }
            return new PushService(process, Json.parse(first.substring("SUBSCRIPTION ".length())), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A subscription body for {@code POST /api/v1/push/subscriptions}; paths under /refuse/ get 400. */
    public String subscriptionJson(String path) {
        return Json.write(java.util.Map.of("endpoint", subscription.get("base").asText() + path,
                "keys", java.util.Map.of("p256dh", subscription.get("keys").get("p256dh").asText(),
                        "auth", subscription.get("keys").get("auth").asText())));
    }

    public JsonNode next(Duration timeout) {
        try {
            JsonNode next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("nothing reached the push service within " + timeout);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}

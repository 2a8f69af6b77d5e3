package org.vigil.client.gateway.upload;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The other end of the documented observations contract, as a real HTTP server: it stores each
 * measurement id once, answers {@code duplicate} for ids it already has, rejects kinds or units
 * outside the contract, and can be told to misbehave for the next requests.
 */
public final class ObservationsPeer implements AutoCloseable {

    /** What the next request gets instead of a normal answer. */
    enum Fault {
        /** 503 with Retry-After: 0. */
        UNAVAILABLE,
        /** 500, nothing stored. */
        SERVER_ERROR,
        /** 429 with Retry-After: 0. */
        TOO_MANY_REQUESTS,
        /** Reads the request, closes the connection without an answer. */
        DROP_CONNECTION,
        /** Stores the batch, then drops the connection: the answer is lost. */
        STORE_THEN_DROP,
        /** 413: batch too large. */
        TOO_LARGE
    }

    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("heart-rate", "/min"), Map.entry("rr-interval", "ms"), Map.entry("systolic-pressure", "mm[Hg]"),
            Map.entry("diastolic-pressure", "mm[Hg]"), Map.entry("mean-pressure", "mm[Hg]"), Map.entry("pulse-rate", "/min"),
            Map.entry("body-temperature", "Cel"), Map.entry("ambient-temperature", "Cel"), Map.entry("ambient-pressure", "Pa"),
            Map.entry("steps", "{steps}"), Map.entry("spo2", "%"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> storeCounts = new ConcurrentHashMap<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Integer> batchSizes = new ArrayList<>();

    public ObservationsPeer(String... tokens) throws IOException {
        validTokens.addAll(List.of(tokens));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/observations", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    synchronized void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    void acceptOnly(String token) {
        validTokens.clear();
        validTokens.add(token);
    }

    public Map<String, JsonNode> stored() {
        return stored;
    }

    /** How often each id was stored: once each, if deduplication held. */
    Map<String, AtomicInteger> storeCounts() {
        return storeCounts;
    }

    int requests() {
        return requests.get();
    }

    synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (fault == Fault.DROP_CONNECTION) {
            exchange.close(); // no status line: the client sees the connection end
            return;
        }
        if (authorization == null || !validTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            problem(exchange, 401, "Unauthorized", "invalid or expired token", null);
            return;
        }
        if (!"application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            problem(exchange, 415, "Unsupported Media Type", "application/json expected", null);
            return;
        }
        if (fault == Fault.UNAVAILABLE || fault == Fault.TOO_MANY_REQUESTS) {
            problem(exchange, fault == Fault.UNAVAILABLE ? 503 : 429, "Try later", "come back", "0");
            return;
        }
        if (fault == Fault.SERVER_ERROR || fault == Fault.TOO_LARGE) {
            problem(exchange, fault == Fault.SERVER_ERROR ? 500 : 413, "No", "failed", null);
            return;
        }
        JsonNode observations = JSON.readTree(body).path("observations");
        if (!observations.isArray()) {
            problem(exchange, 400, "Bad Request", "observations missing", null);
            return;
        }
        for (JsonNode o : observations) {
            if (Instant.parse(o.path("measuredAt").asText()).isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
                // a request-level validation failure: the whole batch is refused
                problem(exchange, 422, "Unprocessable Content", "measuredAt before 2000", null);
                return;
            }
        }
        synchronized (this) {
            batchSizes.add(observations.size());
        }
        ArrayNode results = JSON.createArrayNode();
        for (JsonNode o : observations) {
            String id = o.path("measurementId").asText();
            ObjectNode result = results.addObject().put("measurementId", id);
            String kind = o.path("kind").asText();
            if (!o.path("unit").asText().equals(UNITS.get(kind))) {
                result.put("status", "rejected").put("reason", "unknown kind or unit: " + kind + " " + o.path("unit").asText());
            } else if (stored.putIfAbsent(id, o) == null) {
                storeCounts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                result.put("status", "stored");
            } else {
                result.put("status", "duplicate");
            }
        }
        if (fault == Fault.STORE_THEN_DROP) {
            exchange.close();
            return;
        }
        byte[] answer = JSON.writeValueAsBytes(JSON.createObjectNode().set("results", results));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail, String retryAfter) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

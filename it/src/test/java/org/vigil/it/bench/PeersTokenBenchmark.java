package org.vigil.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;

/**
 * Vigil against its peers in one run, on one machine: client_credentials with client_secret_basic,
 * {@code wrk -t2 -c32}, three rounds, the servers' order turning each round so that none always
 * goes first or last. Each server is checked to answer a real token before it is measured, and a
 * round with a refused request fails the run. Not a test: {@code mvn -pl it -Pbenchmark verify}
 * (or {@code ./vigil bench}) runs it; it writes docs/BENCHMARKS.md's section and a PNG plot.
 */
public final class PeersTokenBenchmark {

    static final String SECTION = "## Identity providers side by side: tokens per second";
    private static final int ROUNDS = 3;
    private static final int CONNECTIONS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);

    record Round(String server, int round, WrkRun.Result result, double serverCores) {
    }

    public static void main(String[] args) {
        try {
            measure(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(Path report, Path keycloakHome, Path nodePeers, Path plot) throws Exception {
        ItSettings settings = ItSettings.fromSystemProperties();
        Path work = Files.createDirectories(settings.work().resolve("peers"));
        int base = 17080 + settings.portOffset();
        List<Round> rounds = new ArrayList<>();
        try (VigilPeer vigil = VigilPeer.start(settings);
                KeycloakPeer keycloak = KeycloakPeer.start(keycloakHome, base + 1000, work.resolve("keycloak.log"));
                NodeOidcProviderPeer node = NodeOidcProviderPeer.start(nodePeers, base)) {
            List<TokenPeer> peers = List.of(vigil, keycloak, node);
            for (TokenPeer peer : peers) {
                expectToken(peer);
            }
            for (int r = 0; r < ROUNDS; r++) {
                for (int i = 0; i < peers.size(); i++) {
                    TokenPeer peer = peers.get((i + r) % peers.size());
                    WrkRun.post(peer.tokenUrl(), peer.basicAuthorization(), CONNECTIONS, WARM_UP, work);
                    long cpuFrom = ProcessTreeCpu.ticks(peer.pid());
                    long from = System.nanoTime();
                    WrkRun.Result result = WrkRun.post(peer.tokenUrl(), peer.basicAuthorization(), CONNECTIONS, MEASURE, work);
                    double cores = (ProcessTreeCpu.ticks(peer.pid()) - cpuFrom) / (double) ProcessTreeCpu.CLOCK_TICKS_PER_SECOND
                            / ((System.nanoTime() - from) / 1e9);
                    rounds.add(new Round(peer.name(), r + 1, result, cores));
                    System.out.printf("%s round %d: %.0f tokens/s, p99 %.1f ms, server %.2f cores%n", peer.name(), r + 1, result.perSecond(),
                            result.p99Millis(), cores);
                }
            }
            PeersPlot.write(plot, rounds);
            write(report, peers.stream().map(TokenPeer::name).toList(), rounds, report.getParent().relativize(plot));
        }
    }

    /** One real token from each server first: a misconfigured peer answering errors fast would look fast. */
    private static void expectToken(TokenPeer peer) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(peer.tokenUrl()))
                .header("Authorization", peer.basicAuthorization()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !Json.parse(response.body()).hasNonNull("access_token")) {
            throw new IllegalStateException(peer.name() + " did not issue a token: " + response.statusCode() + " " + response.body());
        }
    }

    private static void write(Path report, List<String> servers, List<Round> rounds, Path plot) throws Exception {
        StringBuilder text = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" with `./vigil bench` (`mvn -B -pl it -am -Pbenchmark verify`, `PeersTokenBenchmark`;\n")
                .append("`-Dskip.peers-benchmark` leaves it out), on this project's machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ").append(System.getProperty("java.version")).append(", one node each, all on the same machine with the load\n")
                .append("generator (`wrk -t2 -c").append(CONNECTIONS).append("`, client_credentials with client_secret_basic, ").append(WARM_UP.toSeconds())
                .append(" s warm-up and ").append(MEASURE.toSeconds()).append(" s measured per\n")
                .append("server and round, ").append(ROUNDS).append(" rounds, the servers' order turning each round). Keycloak comes from Maven Central's\n")
                .append("`keycloak-quarkus-dist`, node-oidc-provider from npm (`it/src/bench/node-peers`, lock file); each has one client configured\n")
                .append("the same way. Server CPU is the server process tree's user + system time over the measured window divided by\n")
                .append("the wall time: with two cores shared with wrk, a figure near 2 minus wrk's share means the server is bound by the CPU.\n\n")
                .append("![tokens per second and p99 per server and round](").append(plot).append(")\n\n")
                .append("| server | round | tokens/s | p50 ms | p99 ms | server CPU (cores) |\n|---|---|---|---|---|---|\n");
        for (Round r : rounds) {
            text.append(String.format("| %s | %d | %,.0f | %.1f | %.1f | %.2f |%n", r.server(), r.round(), r.result().perSecond(), r.result().p50Millis(),
                    r.result().p99Millis(), r.serverCores()));
        }
        Map<String, double[]> rate = new LinkedHashMap<>();
        Map<String, double[]> p99 = new LinkedHashMap<>();
        for (String s : servers) {
            rate.put(s, rounds.stream().filter(r -> r.server().equals(s)).mapToDouble(r -> r.result().perSecond()).sorted().toArray());
            p99.put(s, rounds.stream().filter(r -> r.server().equals(s)).mapToDouble(r -> r.result().p99Millis()).sorted().toArray());
        }
        double vigilMedian = median(rate.get(servers.get(0)));
        text.append("\n| server | tokens/s (rounds) | p99 ms (rounds) | Vigil's median ÷ this median |\n|---|---|---|---|\n");
        for (String s : servers) {
            double[] r = rate.get(s);
            double[] p = p99.get(s);
            text.append(String.format("| %s | %,.0f–%,.0f | %.1f–%.1f | %.2f |%n", s, r[0], r[r.length - 1], p[0], p[p.length - 1], vigilMedian / median(r)));
        }
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf(SECTION + "\n");
        String section = SECTION + "\n\n" + text;
        if (start < 0) {
            existing = existing.stripTrailing() + "\n\n" + section;
        } else {
            // the generated part ends with the summary table; the hand-written reading below it stays
            int summary = existing.indexOf("| server | tokens/s (rounds)", start);
            int next = existing.indexOf("\n## ", start + 1);
            int end = summary < 0 ? (next < 0 ? existing.length() : next + 1) : existing.indexOf("\n\n", summary);
            end = end < 0 ? existing.length() : end;
            existing = existing.substring(0, start) + section.stripTrailing() + existing.substring(end);
        }
        Files.writeString(report, existing.endsWith("\n") ? existing : existing + "\n");
        System.out.println(section);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}

package org.vigil.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@code wrk} (Debian {@code wrk}) posting a client_credentials token request with
 * client_secret_basic: the load generator of the peers benchmark, the same for every server and
 * light enough (C, two threads) that on two cores it leaves the server most of the CPU.
 */
final class WrkRun {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("\\n\\s+50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    record Result(double perSecond, double p50Millis, double p99Millis) {
    }

    private WrkRun() {
    }

    static Result post(String tokenUrl, String basicAuthorization, int connections, Duration duration, Path work) throws IOException, InterruptedException {
        Path script = work.resolve("client-credentials.lua");
        Files.writeString(script, String.join("\n",
                "wrk.method = \"POST\"",
                "wrk.body = \"grant_type=client_credentials\"",
                "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"",
                "wrk.headers[\"Authorization\"] = \"" + basicAuthorization + "\"", ""));
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "10s", "-s",
                script.toString(), tokenUrl));
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("the peers benchmark needs wrk (Debian package wrk; ./vigil bench installs it)", e);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed on " + tokenUrl + ":\n" + out);
        }
        Matcher failed = NON_2XX.matcher(out);
        Matcher errors = SOCKET_ERRORS.matcher(out);
        if (failed.find() || errors.find()) {
            throw new IllegalStateException("the server refused or dropped requests, so the figure would not be tokens: " + tokenUrl + "\n" + out);
        }
        return new Result(number(RATE, out, tokenUrl), millis(P50, out, tokenUrl), millis(P99, out, tokenUrl));
    }

    private static double number(Pattern p, String out, String url) {
        Matcher m = p.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in wrk's output for " + url + ":\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(Pattern p, String out, String url) {
        Matcher m = p.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in wrk's output for " + url + ":\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}

package org.vigil.client.sdk.stats;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.client.sdk.Problem;

/**
 * Reports a device's health to the stats server ({@code POST /api/v1/stats/reports}) with the
 * device's own access token: a gateway its {@code HealthReport}, a station or KYC terminal
 * {@code at}, {@code uptimeSeconds}, {@code signedIn}, {@code assignedPatients}, {@code cpuCelsius}.
 */
public final class StatsClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http;

    public StatsClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public StatsClient(URI baseUrl, HttpClient http) {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.endpoint = base.resolve("api/v1/stats/reports");
        this.http = http;
    }

    /**
     * Sends one report (a JSON object).
     *
     * @throws StatsRefusedException the server answered with an error; nothing was stored
     * @throws IOException no answer; the next report will do as well
     */
    public void report(String accessToken, String reportJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(reportJson)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new StatsRefusedException(problem(response));
        }
    }

    private static Problem problem(HttpResponse<byte[]> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            try {
                return JSON.readValue(response.body(), Problem.class);
            } catch (IOException e) {
                // an unreadable problem body: the status alone
            }
        }
        return new Problem("about:blank", "HTTP " + response.statusCode(), response.statusCode(), "the server answered without a problem+json body",
                null);
    }
}

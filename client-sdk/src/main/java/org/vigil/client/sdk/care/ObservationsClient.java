package org.vigil.client.sdk.care;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Uploads vital signs: {@code POST {base}/api/v1/observations} with a bearer token and a batch
 * of observations; the answer says, per measurement id, stored, duplicate or rejected. Safe to
 * repeat: the server deduplicates on the measurement id.
 */
public final class ObservationsClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final HttpClient http;

    public ObservationsClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public ObservationsClient(URI baseUrl, HttpClient http) {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.endpoint = base.resolve("api/v1/observations");
        this.http = http;
    }

    /**
     * Sends one batch.
     *
     * @throws ObservationsRefusedException the server answered an error status; nothing was stored
     * @throws IOException no answer (connection refused or dropped, timeout): the batch may or
     *         may not have been stored, and sending it again is safe
     */
    public ObservationsResponse upload(String accessToken, List<Observation> observations)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CareJson.MAPPER.writeValueAsBytes(new ObservationsRequest(observations))))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw CareJson.refusal(response);
        }
        return CareJson.MAPPER.readValue(response.body(), ObservationsResponse.class);
    }
}

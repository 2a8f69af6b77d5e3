package org.vigil.client.sdk.device;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.DeviceKey;

/**
 * A device client's access tokens: client credentials, authenticated with a fresh
 * {@code private_key_jwt} assertion signed by the device key, cached until shortly before expiry.
 */
public final class PrivateKeyJwtTokens {

    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnrolledDeviceClient client;
    private final DeviceKey key;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.EPOCH;

    public PrivateKeyJwtTokens(EnrolledDeviceClient client, DeviceKey key, HttpClient http, Clock clock) {
        this.client = client;
        this.key = key;
        this.http = http;
        this.clock = clock;
    }

    /** A token believed valid: the cached one, or a new one when it is about to expire. */
    public synchronized String current() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** A new token, never the refused one (it may have been revoked). */
    public synchronized String renew(String refused) throws IOException, InterruptedException {
        if (token == null || token.equals(refused)) {
            fetch();
        }
        return token;
    }

    private void fetch() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(assertion(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.tokenEndpoint())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new VigilApiException(new Problem("urn:ietf:params:oauth:error:" + body.path("error").asText("unknown"),
                    body.path("error").asText("token request refused"), response.statusCode(), body.path("error_description").asText(""), null));
        }
        token = body.get("access_token").asText();
        refreshAt = clock.instant().plusSeconds(body.path("expires_in").asLong(60)).minus(EXPIRY_MARGIN);
    }

    private String assertion() {
        return PrivateKeyJwtAssertion.sign(client.clientId(), key, client.tokenEndpoint(), clock.instant());
    }
}

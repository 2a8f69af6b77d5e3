package org.vigil.client.sdk.device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.EnrollmentProof;

/**
 * One command's worth of work for a gateway, station or KYC terminal: prove possession of its
 * key with the admin's enrollment code and become a {@code private_key_jwt} client.
 */
public final class DeviceClientEnrollment {

    private static final String PATH = "/api/v1/devices";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DeviceClientEnrollment() {
    }

    public static EnrolledDeviceClient enroll(URI server, String code, DeviceKey key, HttpClient http, Clock clock)
            throws IOException, InterruptedException {
        return enroll(server, code, key, http, clock, EnrolledDeviceClient.class);
    }

    /** The same, reading the server's answer as {@code answer} (a station's answer says more: its mode and name). */
    public static <T> T enroll(URI server, String code, DeviceKey key, HttpClient http, Clock clock, Class<T> answer)
            throws IOException, InterruptedException {
        String issuer = server.toString().replaceAll("/+$", "");
        String proof = EnrollmentProof.sign(key, issuer, PATH, code.strip(), clock.instant());
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("enrollmentCode", code.strip(), "proof", proof))))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new VigilApiException(problem(response));
        }
        return JSON.readValue(response.body(), answer);
    }

    private static Problem problem(HttpResponse<byte[]> response) {
        try {
            return JSON.readValue(response.body(), Problem.class);
        } catch (IOException e) {
            return new Problem("about:blank", "HTTP " + response.statusCode(), response.statusCode(), "enrollment refused", null);
        }
    }
}

package org.vigil.client.sdk.kyc;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

import org.vigil.client.sdk.JsonHttp;

/**
 * KYC level 3 as a KYC officer's station uses it, with the officer's token: find people, read one's level-2 evidence and
 * face image, record the decision. A refusal is a {@link org.vigil.client.sdk.VigilApiException} whose problem type names
 * the rule ({@code urn:vigil:problem:same-officer}, ...).
 */
public final class KycClient {

    private final JsonHttp http;

    public KycClient(URI baseUrl) {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.http = new JsonHttp(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public List<KycPerson> find(String officerToken, String text) {
        return http.send("GET", "api/v1/kyc/people?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null, bearer(officerToken),
                new TypeReference<List<KycPerson>>() { });
    }

    public KycCase evidence(String officerToken, String accountId) {
        return http.send("GET", "api/v1/kyc/people/" + accountId + "/evidence", null, bearer(officerToken), new TypeReference<KycCase>() { });
    }

    /** The face image the person's chip held ({@code image/jpeg} or {@code image/jp2}). */
    public JsonHttp.Download face(String officerToken, String accountId) {
        return http.download("api/v1/kyc/people/" + accountId + "/face", bearer(officerToken), "image/jpeg, image/jp2");
    }

    /** @param decision {@code approved} or {@code refused}; {@code reason} is required to refuse */
    public KycDecision decide(String officerToken, String accountId, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        return http.send("POST", "api/v1/kyc/people/" + accountId + "/decisions", body, bearer(officerToken), new TypeReference<KycDecision>() { });
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}

package org.vigil.client.sdk.care;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.client.sdk.JsonHttp;

/**
 * The care API as stations use it: a patient's card, latest values and charts (read with the
 * station's own token), and what a signed-in person does (acknowledge, snooze, bedside entries,
 * assignments: with the person's token). A refusal is a {@link org.vigil.client.sdk.VigilApiException}
 * carrying the server's problem.
 */
public final class CareClient {

    private final JsonHttp http;

    public CareClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public CareClient(URI baseUrl, HttpClient client) {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.http = new JsonHttp(base, client);
    }

    public PatientCard patient(String token, String patientId) {
        return http.send("GET", "api/v1/patients/" + patientId, null, bearer(token), new TypeReference<PatientCard>() { });
    }

    public List<LatestVital> latest(String token, String patientId) {
        JsonNode body = http.send("GET", "api/v1/patients/" + patientId + "/latest-vitals", null, bearer(token), new TypeReference<JsonNode>() { });
        return CareJson.MAPPER.convertValue(body.get("values"), new TypeReference<List<LatestVital>>() { });
    }

    /** The patient's alerts nobody has acknowledged yet (raised, snoozed or escalated), oldest first. */
    public List<AlertState> openAlerts(String token, String patientId) {
        JsonNode body = http.send("GET", "api/v1/patients/" + patientId + "/open-alerts", null, bearer(token), new TypeReference<JsonNode>() { });
        return CareJson.MAPPER.convertValue(body.get("alerts"), new TypeReference<List<AlertState>>() { });
    }

    public ChartSeries chart(String token, String patientId, String kind, Instant from, Instant to, int points) {
        String query = "?from=" + enc(from.toString()) + "&to=" + enc(to.toString()) + "&points=" + points;
        return http.send("GET", "api/v1/patients/" + patientId + "/vitals/" + kind + query, null, bearer(token),
                new TypeReference<ChartSeries>() { });
    }

    public AlertState acknowledge(String personToken, String alertId) {
        return http.send("POST", "api/v1/alerts/" + alertId + "/acknowledgement", null, bearer(personToken), new TypeReference<AlertState>() { });
    }

    public AlertState snooze(String personToken, String alertId, Instant until, String reason) {
        return http.send("POST", "api/v1/alerts/" + alertId + "/snooze", Map.of("until", until.toString(), "reason", reason),
                bearer(personToken), new TypeReference<AlertState>() { });
    }

    public News2Score assess(String personToken, String patientId, BedsideAssessment assessment) {
        Map<String, Object> body = new HashMap<>();
        body.put("consciousness", assessment.consciousness());
        body.put("supplementalOxygen", assessment.supplementalOxygen());
        if (assessment.respiratoryRate() != null) {
            body.put("respiratoryRate", assessment.respiratoryRate());
        }
        if (assessment.spo2() != null) {
            body.put("spo2", assessment.spo2());
        }
        return http.send("POST", "api/v1/patients/" + patientId + "/assessments", body, bearer(personToken), new TypeReference<News2Score>() { });
    }

    /** A doctor of the care team chooses the patient's SpO2 scale (1, or 2 for hypercapnic respiratory failure). */
    public News2Score setSpo2Scale(String doctorToken, String patientId, int scale) {
        return http.send("PUT", "api/v1/patients/" + patientId + "/spo2-scale", Map.of("scale", scale), bearer(doctorToken),
                new TypeReference<News2Score>() { });
    }

    public SupervisionBoard board(String supervisorToken) {
        return http.send("GET", "api/v1/supervision/board", null, bearer(supervisorToken), new TypeReference<SupervisionBoard>() { });
    }

    public SupervisionBoard.Assignment assign(String supervisorToken, String patientId, String stationId, String reason) {
        return http.send("POST", "api/v1/assignments", Map.of("patientId", patientId, "stationId", stationId, "reason", reason),
                bearer(supervisorToken), new TypeReference<SupervisionBoard.Assignment>() { });
    }

    public SupervisionBoard.Assignment reassign(String supervisorToken, long assignmentId, String stationId, String reason) {
        return http.send("POST", "api/v1/assignments/" + assignmentId + "/reassignment", Map.of("stationId", stationId, "reason", reason),
                bearer(supervisorToken), new TypeReference<SupervisionBoard.Assignment>() { });
    }

    public SupervisionBoard.Assignment release(String supervisorToken, long assignmentId, String reason) {
        return http.send("POST", "api/v1/assignments/" + assignmentId + "/release", Map.of("reason", reason), bearer(supervisorToken),
                new TypeReference<SupervisionBoard.Assignment>() { });
    }

    public List<SupervisionBoard.Assignment> history(String supervisorToken, String patientId) {
        return http.send("GET", "api/v1/assignments?patientId=" + enc(patientId), null, bearer(supervisorToken),
                new TypeReference<List<SupervisionBoard.Assignment>>() { });
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

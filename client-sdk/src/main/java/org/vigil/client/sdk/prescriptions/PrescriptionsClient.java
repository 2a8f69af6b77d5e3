package org.vigil.client.sdk.prescriptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.vigil.client.sdk.JsonHttp;
import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.SigningRequest;

/**
 * Prescriptions over Vigil's REST API with a person's bearer token (from one of Vigil's own
 * applications): what doctors do (draft, sign, cancel), what pharmacy systems do (pharmacies,
 * inbox, steps, the signed PDF and its validation report), and what admins set up (pharmacies,
 * pharmacists, a patient's pharmacy). Refusals arrive as {@link VigilApiException} with the
 * server's problem.
 */
public final class PrescriptionsClient {

    private static final String PRESCRIPTIONS = "api/v1/prescriptions";

    private final URI base;
    private final HttpClient http;
    private final JsonHttp json;
    private final Supplier<String> token;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param token the bearer token to send, asked for on every call (so a caller can refresh it) */
    public PrescriptionsClient(URI server, Supplier<String> token) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), token);
    }

    public PrescriptionsClient(URI server, HttpClient http, Supplier<String> token) {
        this.base = server.toString().endsWith("/") ? server : URI.create(server + "/");
        this.http = http;
        this.json = new JsonHttp(base, http);
        this.token = token;
    }

    // ------------------------------------------------------------------ doctors

    public Prescription draft(PrescriptionDraft draft) {
        return send("POST", PRESCRIPTIONS, draft, new TypeReference<>() { });
    }

    public Prescription revise(String prescriptionId, PrescriptionDraft draft) {
        return send("PUT", PRESCRIPTIONS + "/" + id(prescriptionId), draft, new TypeReference<>() { });
    }

    /**
     * Renders the prescriptions and asks the doctor's authenticator to sign them all with one
     * approval (PAdES-BASELINE-LTA); once signed, each is routed to its pharmacy.
     */
    public SigningRequest requestSignature(List<String> prescriptionIds) {
        return send("POST", PRESCRIPTIONS + "/signing-requests", Map.of("prescriptions", prescriptionIds), new TypeReference<>() { });
    }

    public Prescription cancel(String prescriptionId, String reason) {
        return send("POST", PRESCRIPTIONS + "/" + id(prescriptionId) + "/cancellation", Map.of("reason", reason),
                new TypeReference<>() { });
    }

    /** Hands in the rendered prescription signed with a signing tool of the doctor's own; it is checked on arrival. */
    public Prescription handInSigned(String prescriptionId, byte[] signedPdf) {
        HttpRequest request = authorized(PRESCRIPTIONS + "/" + id(prescriptionId) + "/signed-pdf")
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(signedPdf)).build();
        try {
            return mapper.readValue(exchange(request), Prescription.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ everyone who may read it

    public Prescription get(String prescriptionId) {
        return send("GET", PRESCRIPTIONS + "/" + id(prescriptionId), null, new TypeReference<>() { });
    }

    public List<Prescription> forPatient(String patientId) {
        return send("GET", PRESCRIPTIONS + "?patientId=" + URLEncoder.encode(patientId, StandardCharsets.UTF_8), null,
                new TypeReference<>() { });
    }

    /** The signed PDF once there is one, else the rendering awaiting its signature. */
    public byte[] pdf(String prescriptionId) {
        return exchange(authorized(PRESCRIPTIONS + "/" + id(prescriptionId) + "/pdf").header("Accept", "application/pdf").GET().build());
    }

    public SignatureReport signatureReport(String prescriptionId) {
        return send("GET", PRESCRIPTIONS + "/" + id(prescriptionId) + "/signature-report", null, new TypeReference<>() { });
    }

    // ------------------------------------------------------------------ pharmacy systems

    /** The pharmacies the signed-in pharmacist works for. */
    public List<Pharmacy> myPharmacies() {
        return send("GET", "api/v1/pharmacies", null, new TypeReference<>() { });
    }

    /** The pharmacy's prescriptions in these statuses (wire names), or all it has when none is named. */
    public List<Prescription> inbox(String pharmacyId, String... statuses) {
        String query = statuses.length == 0 ? "" : "?status=" + URLEncoder.encode(String.join(",", statuses), StandardCharsets.UTF_8);
        return send("GET", "api/v1/pharmacies/" + id(pharmacyId) + "/prescriptions" + query, null, new TypeReference<>() { });
    }

    /** A pharmacist's step: {@code verified}, {@code in-preparation}, {@code ready}, or {@code rejected} with a reason. */
    public Prescription pharmacyStep(String prescriptionId, String status, String reason) {
        Map<String, String> body = reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason);
        return send("POST", PRESCRIPTIONS + "/" + id(prescriptionId) + "/pharmacy-steps", body, new TypeReference<>() { });
    }

    // ------------------------------------------------------------------ admins

    public Pharmacy registerPharmacy(String name, String address, String phone) {
        Map<String, String> body = phone == null ? Map.of("name", name, "address", address)
                : Map.of("name", name, "address", address, "phone", phone);
        return send("POST", "api/v1/admin/pharmacies", body, new TypeReference<>() { });
    }

    public Pharmacy addPharmacist(String pharmacyId, String accountId) {
        return send("POST", "api/v1/admin/pharmacies/" + id(pharmacyId) + "/pharmacists", Map.of("accountId", accountId),
                new TypeReference<>() { });
    }

    public void choosePharmacy(String patientId, String pharmacyId) {
        send("PUT", "api/v1/admin/patients/" + id(patientId) + "/pharmacy", Map.of("pharmacyId", pharmacyId),
                new TypeReference<Map<String, String>>() { });
    }

    private <T> T send(String method, String path, Object body, TypeReference<T> type) {
        return json.send(method, path, body, Map.of("Authorization", "Bearer " + token.get()), type);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token.get());
    }

    private byte[] exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                Problem problem;
                try {
                    problem = mapper.readValue(response.body(), Problem.class);
                } catch (IOException e) {
                    problem = new Problem("about:blank", "HTTP " + response.statusCode(), response.statusCode(), null, null);
                }
                throw new VigilApiException(problem);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    private static String id(String id) {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        return id;
    }
}

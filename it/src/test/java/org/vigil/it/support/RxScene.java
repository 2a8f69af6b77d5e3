package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What prescriptions need around them, set up through the public APIs: a pharmacy an admin
 * registered with a pharmacist (a person with a device and a token), a patient who chose it, and
 * the calls the tests make as doctors, pharmacists and nurses — including a doctor's device
 * approving a signing request the way the authenticator protocol says.
 */
public final class RxScene {

    private final WildFlyServer server;
    private final CareSetup setup;
    private final String pharmacyId;
    private final CareStaff pharmacist;
    private final String patientId;

    private RxScene(WildFlyServer server, CareSetup setup, String pharmacyId, CareStaff pharmacist, String patientId) {
        this.server = server;
        this.setup = setup;
        this.pharmacyId = pharmacyId;
        this.pharmacist = pharmacist;
        this.patientId = patientId;
    }

    public static RxScene create(WildFlyServer server, MailCatcher mail) {
        CareSetup setup = new CareSetup(server, mail);
        HttpResponse<String> registered = setup.adminPost("/api/v1/admin/pharmacies", Map.of("name", "Apotheke am Markt",
                "address", "Marktplatz 1, 1010 Wien", "phone", "+43 1 234 56 78"));
        if (registered.statusCode() != 201) {
            throw new AssertionError("pharmacy not registered: " + registered.body());
        }
        String pharmacyId = Json.parse(registered.body()).get("id").asText();
        CareStaff pharmacist = CareStaff.login(server, mail, "pharmacist");
        HttpResponse<String> added = setup.adminPost("/api/v1/admin/pharmacies/" + pharmacyId + "/pharmacists",
                Map.of("accountId", pharmacist.accountId()));
        if (added.statusCode() != 200) {
            throw new AssertionError("pharmacist not added: " + added.body());
        }
        String patientId = setup.admitPatient("1950-03-01");
        HttpResponse<String> chosen = Http.send(HttpRequest.newBuilder(URI.create(setup.oidc().issuer() + "/api/v1/admin/patients/"
                        + patientId + "/pharmacy")).header("Authorization", "Bearer " + setup.oidc().adminToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pharmacyId",
                        pharmacyId)))));
        if (chosen.statusCode() != 200) {
            throw new AssertionError("pharmacy not chosen: " + chosen.body());
        }
        return new RxScene(server, setup, pharmacyId, pharmacist, patientId);
    }

    public CareSetup setup() {
        return setup;
    }

    public String pharmacyId() {
        return pharmacyId;
    }

    public CareStaff pharmacist() {
        return pharmacist;
    }

    public String patientId() {
        return patientId;
    }

    /** A draft body of one item for this scene's patient. */
    public static Map<String, Object> draft(String patientId, String medication) {
        return Map.of("patientId", patientId, "items", List.of(Map.of("medication", medication, "strength", "500 mg",
                "dose", "1 tablet", "route", "oral", "frequency", "three times daily", "duration", "7 days", "quantity", "21 tablets")));
    }

    public HttpResponse<String> call(String method, String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(setup.oidc().issuer() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    public static JsonNode ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ": " + response.statusCode() + " " + response.body());
        }
        return Json.parse(response.body());
    }

    public JsonNode prescription(String id, String token) {
        return ok(call("GET", "/api/v1/prescriptions/" + id, null, token), 200);
    }

    /**
     * Waits for the prescription to reach a status (the routing queue works asynchronously); a
     * pharmacist's token is refused until the prescription has arrived, so refusals count as "not yet".
     */
    public JsonNode awaitStatus(String id, String status, String token, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last;
        do {
            last = call("GET", "/api/v1/prescriptions/" + id, null, token);
            if (last.statusCode() == 200 && status.equals(Json.parse(last.body()).get("status").asText())) {
                return Json.parse(last.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("prescription " + id + " did not become " + status + ": " + last.statusCode() + " " + last.body());
    }

    public byte[] download(String path, String token) {
        HttpResponse<byte[]> response = Http.sendBytes(HttpRequest.newBuilder(URI.create(setup.oidc().issuer() + path))
                .header("Authorization", "Bearer " + token).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("not downloaded: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    public HttpResponse<String> putPdf(String path, byte[] pdf, String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(setup.oidc().issuer() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    }

    /** Uploads a PDF as the person's own document; @return its id */
    public String uploadDocument(String title, byte[] pdf, String token) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(setup.oidc().issuer() + "/api/v1/documents?title="
                        + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        return ok(response, 201).get("id").asText();
    }

    /**
     * The device approves the signing request whose binding message contains the text: it fetches
     * the documents, signs each one's data to be signed and posts the values with its approval.
     */
    public static JsonNode approveSigning(TestDevice device, String bindingMessageContains) {
        JsonNode request = device.awaitRequest(bindingMessageContains, Duration.ofSeconds(30));
        String id = request.get("id").asText();
        HttpResponse<String> shown = device.call("GET", "/api/v1/authenticators/signing-requests/" + id, null);
        JsonNode documents = ok(shown, 200).get("documents");
        List<Map<String, String>> values = new ArrayList<>();
        for (JsonNode document : documents) {
            byte[] value = device.signatureValue(Base64.getDecoder().decode(document.get("dataToSign").asText()));
            values.add(Map.of("documentId", document.get("documentId").asText(), "value", Base64.getEncoder().encodeToString(value),
                    "encoding", "DER"));
        }
        String approval = device.approval(id, request.get("bindingMessage").asText(), request.get("nonce").asText(), "approve");
        return ok(device.call("POST", "/api/v1/authenticators/signing-requests/" + id + "/signatures",
                Json.write(Map.of("approval", approval, "signatures", values))), 200);
    }

    public WildFlyServer server() {
        return server;
    }
}

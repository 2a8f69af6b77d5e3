package org.vigil.client.sdk.authenticator;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;

import org.vigil.client.sdk.JsonHttp;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.prescriptions.DeliveryTask;
import org.vigil.client.sdk.prescriptions.Prescription;

/**
 * The authenticator's side of the protocol in {@code docs/authenticator-protocol.md}: enroll a
 * device key, then act as that device with a fresh signed assertion on every call.
 *
 * <p>Refusals arrive as {@link VigilApiException} with the server's problem; transport failures
 * as {@link java.io.UncheckedIOException}.
 */
public final class AuthenticatorClient {

    private static final String AUTHENTICATORS = "/api/v1/authenticators";
    private static final String REQUESTS = AUTHENTICATORS + "/requests";
    private static final String QR_LOGINS = AUTHENTICATORS + "/qr-logins";
    private static final String SIGNING_REQUESTS = AUTHENTICATORS + "/signing-requests";
    private static final String DELIVERIES = AUTHENTICATORS + "/deliveries";
    // Ids go into paths and into htu verbatim, so only characters that need no escaping.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]+");

    private final String issuer;
    private final DeviceKey key;
    private final String authenticatorId;
    private final HttpClient httpClient;
    private final JsonHttp http;
    private final Clock clock;

    /** A client for a device that is not enrolled yet: only {@link #enroll} works. */
    public AuthenticatorClient(URI server, DeviceKey key) {
        this(server, key, null, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Clock.systemUTC());
    }

    /**
     * @param server          the server's base URL; without its trailing slash it is the
     *                        protocol's {@code {issuer}}
     * @param authenticatorId the enrolled key's id, or null before enrollment
     */
    public AuthenticatorClient(URI server, DeviceKey key, String authenticatorId, HttpClient httpClient, Clock clock) {
        this.issuer = issuerOf(server);
        this.key = key;
        this.authenticatorId = authenticatorId;
        this.httpClient = httpClient;
        this.http = new JsonHttp(URI.create(issuer + "/"), httpClient);
        this.clock = clock;
    }

    /** The same device, acting as the enrolled authenticator {@code id}. */
    public AuthenticatorClient enrolledAs(String id) {
        return new AuthenticatorClient(URI.create(issuer), key, requireId(id), httpClient, clock);
    }

    public String issuer() {
        return issuer;
    }

    /** Enrolls this device's key with a one-time enrollment code; the answer names its id. */
    public EnrollmentResponse enroll(String enrollmentCode, String name) {
        String proof = EnrollmentProof.sign(key, issuer, enrollmentCode, clock.instant());
        return http.send("POST", relative(AUTHENTICATORS),
                Map.of("enrollmentCode", enrollmentCode, "name", name, "proof", proof),
                Map.of(), new TypeReference<EnrollmentResponse>() { });
    }

    /** The account's pending, unexpired approval requests, oldest first. */
    public List<ApprovalRequest> pendingRequests() {
        return asDevice("GET", REQUESTS, null, new TypeReference<List<ApprovalRequest>>() { });
    }

    public void approve(ApprovalRequest request) {
        decide(request, Decision.APPROVE);
    }

    public void deny(ApprovalRequest request) {
        decide(request, Decision.DENY);
    }

    /** Signs the decision over the request exactly as it was received, and sends it. */
    public void decide(ApprovalRequest request, Decision decision) {
        String signature = ApprovalSignature.sign(key, enrolledId(), request, decision, clock.instant());
        asDevice("POST", REQUESTS + "/" + requireId(request.id()) + "/decision",
                Map.of("decision", decision.wireName(), "signature", signature), new TypeReference<Void>() { });
    }

    /**
     * Takes over a login whose QR code this device scanned: the URL must be this server's QR
     * login address; the answer is the approval request the login became, to show and decide.
     */
    public ApprovalRequest claimQrLogin(String scannedUrl) {
        String prefix = issuer + QR_LOGINS + "/";
        if (scannedUrl == null || !scannedUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("not a QR login of " + issuer + ": " + scannedUrl);
        }
        String token = requireId(scannedUrl.substring(prefix.length()));
        return asDevice("POST", QR_LOGINS + "/" + token, null, new TypeReference<ApprovalRequest>() { });
    }

    /** The documents behind an approval request of kind {@code signature}, to show and sign. */
    public SigningRequest signingRequest(ApprovalRequest request) {
        return asDevice("GET", SIGNING_REQUESTS + "/" + requireId(request.id()), null, new TypeReference<SigningRequest>() { });
    }

    /**
     * Approves a signing request: signs each document's data to be signed with this device's key
     * and sends the values (DER) with the signed approval of {@code request}, in one call. The
     * caller shows {@code documents} to the person first.
     */
    public SigningRequest sign(ApprovalRequest request, SigningRequest documents) {
        List<Map<String, String>> values = documents.documents().stream().map(d -> Map.of(
                "documentId", d.documentId(),
                "value", Base64.getEncoder().encodeToString(key.signData(Base64.getDecoder().decode(d.dataToSign()))),
                "encoding", "DER")).toList();
        String approval = ApprovalSignature.sign(key, enrolledId(), request, Decision.APPROVE, clock.instant());
        return asDevice("POST", SIGNING_REQUESTS + "/" + requireId(request.id()) + "/signatures",
                Map.of("approval", approval, "signatures", values), new TypeReference<SigningRequest>() { });
    }

    /** The prescriptions this device's person (a nurse) has to pick up or deliver. */
    public List<DeliveryTask> deliveries() {
        return asDevice("GET", DELIVERIES, null, new TypeReference<List<DeliveryTask>>() { });
    }

    /**
     * Confirms that she took the prescription at the pharmacy ({@link CourierConfirmation#PICKED_UP})
     * or handed it over at the patient's home ({@link CourierConfirmation#DELIVERED}), signed with
     * this device's key; the caller shows {@code task} to the person first.
     */
    public Prescription confirm(DeliveryTask task, String step) {
        String confirmation = CourierConfirmation.sign(key, enrolledId(), task, step, clock.instant());
        String path = DELIVERIES + "/" + requireId(task.prescriptionId()) + (CourierConfirmation.PICKED_UP.equals(step) ? "/pickup"
                : "/delivery");
        return asDevice("POST", path, Map.of("confirmation", confirmation), new TypeReference<Prescription>() { });
    }

    /** The authenticators of this device's account. */
    public List<Authenticator> authenticators() {
        return asDevice("GET", AUTHENTICATORS, null, new TypeReference<List<Authenticator>>() { });
    }

    public Authenticator rename(String id, String name) {
        return asDevice("PATCH", AUTHENTICATORS + "/" + requireId(id), Map.of("name", name),
                new TypeReference<Authenticator>() { });
    }

    /** After this, the authenticator's key can no longer sign anything the server accepts. */
    public void revoke(String id) {
        asDevice("DELETE", AUTHENTICATORS + "/" + requireId(id), null, new TypeReference<Void>() { });
    }

    /**
     * A fresh device assertion for one request to {@code path} (from the issuer on): what the
     * push connection authenticates its WebSocket with.
     */
    public String deviceAssertion(String method, String path) {
        return DeviceAssertion.sign(key, enrolledId(), issuer, method, path, clock.instant());
    }

    public HttpClient httpClient() {
        return httpClient;
    }

    private <T> T asDevice(String method, String path, Object body, TypeReference<T> type) {
        String assertion = DeviceAssertion.sign(key, enrolledId(), issuer, method, path, clock.instant());
        return http.send(method, relative(path), body,
                Map.of("Authorization", DeviceAssertion.SCHEME + " " + assertion), type);
    }

    private String enrolledId() {
        if (authenticatorId == null) {
            throw new IllegalStateException("this device is not enrolled yet: enroll it, then use enrolledAs(id)");
        }
        return authenticatorId;
    }

    private static String relative(String path) {
        return path.substring(1);
    }

    private static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches() || id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        return id;
    }

    private static String issuerOf(URI server) {
        String scheme = server.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || server.getRawAuthority() == null
                || server.getRawQuery() != null || server.getRawFragment() != null) {
            throw new IllegalArgumentException("not a server URL (http[s]://host[:port][/path]): " + server);
        }
        String url = server.toString();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}

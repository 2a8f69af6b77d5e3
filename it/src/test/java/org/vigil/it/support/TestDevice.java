package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An authenticator written in the test from docs/authenticator-protocol.md alone, with Nimbus:
 * an independent peer for the server's side of the protocol, able to misbehave on purpose.
 */
public final class TestDevice {

    private final WildFlyServer server;
    private final ECKey key;
    private String authenticatorId;

    public TestDevice(WildFlyServer server) {
        this.server = server;
        try {
            this.key = new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        String base = server.baseUrl().toString();
        return base.substring(0, base.length() - 1);
    }

    public HttpResponse<String> enroll(String code, String name) {
        return enroll(code, name, enrollmentProof(code));
    }

    public HttpResponse<String> enroll(String code, String name, String proof) {
        HttpResponse<String> response = Http.post(url("/api/v1/authenticators"), "application/json",
                Json.write(Map.of("enrollmentCode", code, "name", name, "proof", proof)));
        if (response.statusCode() == 201) {
            authenticatorId = Json.parse(response.body()).get("authenticatorId").asText();
        }
        return response;
    }

    public String enrollmentProof(String code) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vigil-enrollment+jwt"))
                        .jwk(key.toPublicJWK()).build(),
                new JWTClaimsSet.Builder().audience(issuer() + "/api/v1/authenticators").claim("code", code)
                        .issueTime(new Date()).jwtID(UUID.randomUUID().toString()).build());
    }

    public String assertion(String method, String path) {
        Date now = new Date();
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vigil-device+jwt")).keyID(authenticatorId).build(),
                new JWTClaimsSet.Builder().audience(issuer()).claim("htm", method).claim("htu", issuer() + path)
                        .issueTime(now).expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build());
    }

    public String approval(String requestId, String bindingMessage, String nonce, String decision) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vigil-approval+jwt")).keyID(authenticatorId).build(),
                new JWTClaimsSet.Builder().claim("req", requestId).claim("bm", bindingMessage).claim("nonce", nonce)
                        .claim("decision", decision).issueTime(new Date()).build());
    }

    /** A call as this device, with a fresh assertion. */
    public HttpResponse<String> call(String method, String path, String jsonBody) {
        return call(method, path, jsonBody, assertion(method, path));
    }

    public HttpResponse<String> call(String method, String path, String jsonBody, String assertion) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Authorization", "Device " + assertion)
                .method(method, body);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request);
    }

    /** Waits for a pending request whose binding message contains the text. */
    public com.fasterxml.jackson.databind.JsonNode awaitRequest(String bindingMessageContains, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (com.fasterxml.jackson.databind.JsonNode request : Json.parse(call("GET", "/api/v1/authenticators/requests", null).body())) {
                if (request.get("bindingMessage").asText().contains(bindingMessageContains)) {
                    return request;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no request with '" + bindingMessageContains + "' reached the device");
    }

    /** Decides a request as the protocol says: the signature covers its id, binding message and nonce. */
    public HttpResponse<String> decide(com.fasterxml.jackson.databind.JsonNode request, String decision) {
        String id = request.get("id").asText();
        String signature = approval(id, request.get("bindingMessage").asText(), request.get("nonce").asText(), decision);
        return call("POST", "/api/v1/authenticators/requests/" + id + "/decision",
                Json.write(Map.of("decision", decision, "signature", signature)));
    }

    /** The nurse's signed confirmation of a step ({@code picked-up}, {@code delivered}) of a prescription (vigil-courier+jwt). */
    public String courierConfirmation(String prescriptionId, String number, String sha256, String step) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vigil-courier+jwt")).keyID(authenticatorId).build(),
                new JWTClaimsSet.Builder().claim("prescription", prescriptionId).claim("number", number).claim("sha256", sha256)
                        .claim("step", step).issueTime(new Date()).jwtID(UUID.randomUUID().toString()).build());
    }

    /** A raw signature of the device key over data to be signed (SHA256withECDSA, DER), as a phone's keystore makes it. */
    public byte[] signatureValue(byte[] dataToSign) {
        try {
            java.security.Signature ecdsa = java.security.Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(key.toECPrivateKey());
            ecdsa.update(dataToSign);
            return ecdsa.sign();
        } catch (JOSEException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String authenticatorId() {
        return authenticatorId;
    }

    private URI url(String path) {
        return URI.create(issuer() + path);
    }

    private String sign(JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

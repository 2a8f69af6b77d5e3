package org.vigil.identity.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

class DeviceProofsTest {

    private static final String ISSUER = "http://localhost:8080";
    private static final String ENROLL = ISSUER + "/api/v1/authenticators";
    private final Instant now = Instant.now();
    private final ECKey device = generate();
    private final ECKey devicePublic = device.toPublicJWK();
    private final ECKey other = generate();
    private final ECKey otherPublic = other.toPublicJWK();

    @Test
    void anEnrollmentProofProvesTheKeyInItsHeader() throws Exception {
        String proof = sign(device, new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(EnrollmentProof.TYPE))
                .jwk(device.toPublicJWK()).build(), enrollmentClaims("K7QX-M2PA-9ZTR").build());

        EnrollmentProof.Proven proven = EnrollmentProof.verify(proof, ENROLL, "K7QX-M2PA-9ZTR", now);

        assertThat(proven.publicKey()).isEqualTo(device.toPublicJWK());
        assertThat(proven.thumbprint()).isEqualTo(device.computeThumbprint().toString());
    }

    @Test
    void anEnrollmentProofSignedByAnotherKeyThanItsHeaderNamesFails() {
        String proof = sign(other, new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(EnrollmentProof.TYPE))
                .jwk(device.toPublicJWK()).build(), enrollmentClaims("K7QX-M2PA-9ZTR").build());

        assertThatThrownBy(() -> EnrollmentProof.verify(proof, ENROLL, "K7QX-M2PA-9ZTR", now)).hasMessage("bad signature");
    }

    @Test
    void anEnrollmentProofForAnotherCodeFails() {
        String proof = sign(device, enrollmentHeader(), enrollmentClaims("AAAA-BBBB-CCCC").build());

        assertThatThrownBy(() -> EnrollmentProof.verify(proof, ENROLL, "K7QX-M2PA-9ZTR", now))
                .hasMessageContaining("code differs");
    }

    @Test
    void aPrivateKeyInTheHeaderIsRefused() {
        String header = "{\"alg\":\"ES256\",\"typ\":\"" + EnrollmentProof.TYPE + "\",\"jwk\":" + device.toJSONString() + "}";
        String signed = sign(device, enrollmentHeader(), enrollmentClaims("K7QX-M2PA-9ZTR").build());
        String[] parts = signed.split("\\.");
        String proof = com.nimbusds.jose.util.Base64URL.encode(header) + "." + parts[1] + "." + parts[2];

        assertThatThrownBy(() -> EnrollmentProof.verify(proof, ENROLL, "K7QX-M2PA-9ZTR", now)).isInstanceOf(ProofException.class);
    }

    @Test
    void unsignedAndHmacProofsAreRefused() throws Exception {
        String none = new PlainJWT(enrollmentClaims("K7QX-M2PA-9ZTR").build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(EnrollmentProof.TYPE)).build(),
                enrollmentClaims("K7QX-M2PA-9ZTR").build());
        hmac.sign(new MACSigner(new byte[32]));

        assertThatThrownBy(() -> EnrollmentProof.verify(none, ENROLL, "K7QX-M2PA-9ZTR", now)).isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> EnrollmentProof.verify(hmac.serialize(), ENROLL, "K7QX-M2PA-9ZTR", now))
                .hasMessage("alg must be ES256");
    }

    @Test
    void aProofOfTheWrongTypeIsRefused() {
        String approval = sign(device, new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(ApprovalSignature.TYPE))
                .jwk(device.toPublicJWK()).build(), enrollmentClaims("K7QX-M2PA-9ZTR").build());

        assertThatThrownBy(() -> EnrollmentProof.verify(approval, ENROLL, "K7QX-M2PA-9ZTR", now))
                .hasMessage("typ must be " + EnrollmentProof.TYPE);
    }

    @Test
    void aDeviceAssertionBindsMethodUrlAndTime() {
        String assertion = deviceAssertion("GET", ISSUER + "/api/v1/authenticators/requests", now, now.plusSeconds(60));

        DeviceAssertion parsed = DeviceAssertion.parse(assertion);
        DeviceAssertion.Verified verified = parsed.verify(devicePublic, ISSUER, "GET", ISSUER + "/api/v1/authenticators/requests", now);

        assertThat(parsed.authenticatorId()).isEqualTo("auth-1");
        assertThat(verified.jti()).hasSizeGreaterThanOrEqualTo(16);
        assertThatThrownBy(() -> parsed.verify(devicePublic, ISSUER, "POST", ISSUER + "/api/v1/authenticators/requests", now))
                .hasMessageContaining("htm");
        assertThatThrownBy(() -> parsed.verify(devicePublic, ISSUER, "GET", ISSUER + "/api/v1/authenticators", now))
                .hasMessageContaining("htu");
        assertThatThrownBy(() -> parsed.verify(otherPublic, ISSUER, "GET", ISSUER + "/api/v1/authenticators/requests", now))
                .hasMessage("bad signature");
    }

    @Test
    void aDeviceAssertionMustBeShortLivedAndCurrent() {
        String url = ISSUER + "/api/v1/authenticators";
        String longLived = deviceAssertion("GET", url, now, now.plusSeconds(600));
        String expired = deviceAssertion("GET", url, now.minusSeconds(100), now.minusSeconds(1));

        assertThatThrownBy(() -> DeviceAssertion.parse(longLived).verify(devicePublic, ISSUER, "GET", url, now)).hasMessageContaining("longer");
        assertThatThrownBy(() -> DeviceAssertion.parse(expired).verify(devicePublic, ISSUER, "GET", url, now)).hasMessage("expired");
    }

    @Test
    void anApprovalCoversRequestBindingMessageNonceAndDecision() {
        ApprovalSignature.Expected expected = new ApprovalSignature.Expected("req-1", "Login to Demo, code 4711", "n0nce", "approve");
        String signature = approval(device, "req-1", "Login to Demo, code 4711", "n0nce", "approve");

        ApprovalSignature.verify(signature, devicePublic, "auth-1", expected, now);

        assertThatThrownBy(() -> ApprovalSignature.verify(signature, devicePublic, "auth-1",
                new ApprovalSignature.Expected("req-1", "Login to Evil, code 4711", "n0nce", "approve"), now)).hasMessageContaining("bm");
        assertThatThrownBy(() -> ApprovalSignature.verify(signature, devicePublic, "auth-1",
                new ApprovalSignature.Expected("req-1", "Login to Demo, code 4711", "other", "approve"), now)).hasMessageContaining("nonce");
        assertThatThrownBy(() -> ApprovalSignature.verify(signature, devicePublic, "auth-1",
                new ApprovalSignature.Expected("req-1", "Login to Demo, code 4711", "n0nce", "deny"), now)).hasMessageContaining("decision");
        assertThatThrownBy(() -> ApprovalSignature.verify(signature, devicePublic, "auth-2", expected, now)).hasMessageContaining("another");
    }

    @Test
    void aTamperedApprovalDoesNotVerify() {
        String signature = approval(device, "req-1", "bm", "n0nce", "deny");
        String[] parts = signature.split("\\.");
        String forgedPayload = com.nimbusds.jose.util.Base64URL.encode(
                new JWTClaimsSet.Builder().claim("req", "req-1").claim("bm", "bm").claim("nonce", "n0nce")
                        .claim("decision", "approve").issueTime(new Date()).build().toString()).toString();
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];

        assertThatThrownBy(() -> ApprovalSignature.verify(tampered, devicePublic, "auth-1",
                new ApprovalSignature.Expected("req-1", "bm", "n0nce", "approve"), now)).hasMessage("bad signature");
    }

    private String approval(ECKey key, String req, String bm, String nonce, String decision) {
        return sign(key, new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(ApprovalSignature.TYPE)).keyID("auth-1").build(),
                new JWTClaimsSet.Builder().claim("req", req).claim("bm", bm).claim("nonce", nonce).claim("decision", decision)
                        .issueTime(Date.from(now)).build());
    }

    private String deviceAssertion(String method, String url, Instant iat, Instant exp) {
        return sign(device, new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(DeviceAssertion.TYPE)).keyID("auth-1").build(),
                new JWTClaimsSet.Builder().audience(ISSUER).claim("htm", method).claim("htu", url)
                        .issueTime(Date.from(iat)).expirationTime(Date.from(exp)).jwtID(UUID.randomUUID().toString()).build());
    }

    private JWSHeader enrollmentHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(EnrollmentProof.TYPE)).jwk(device.toPublicJWK()).build();
    }

    private JWTClaimsSet.Builder enrollmentClaims(String code) {
        return new JWTClaimsSet.Builder().audience(ENROLL).claim("code", code).issueTime(Date.from(now)).jwtID(UUID.randomUUID().toString());
    }

    private static String sign(ECKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

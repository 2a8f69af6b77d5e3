package org.vigil.care.domain.prescription;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The nurse's signed approval of a pickup or a delivery: a JWS (ES256, type
 * {@value #TYPE_NAME}) her authenticator signs over the prescription (id, number, the SHA-256 of
 * the signed PDF she carries) and the step, with the time. Checked against the key of the
 * authenticator that made the request; kept as the step's evidence. A confirmation of another
 * prescription, another step or another device, or older than {@link #MAX_AGE}, is refused.
 */
public final class CourierConfirmation {

    public static final String TYPE_NAME = "vigil-courier+jwt";
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private CourierConfirmation() {
    }

    /**
     * @return the confirmation as it was signed, to keep as evidence
     * @throws InvalidConfirmationException when it is not this device's signature over this step of this prescription
     */
    public static String verify(String jws, PublicKey deviceKey, String authenticatorId, Prescription prescription, CourierStep step,
            Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(jws);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | NullPointerException e) {
            throw new InvalidConfirmationException("The confirmation is not a JWS.");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                || !new JOSEObjectType(TYPE_NAME).equals(jwt.getHeader().getType())) {
            throw new InvalidConfirmationException("The confirmation must be an ES256 JWS of type " + TYPE_NAME + ".");
        }
        if (!authenticatorId.equals(jwt.getHeader().getKeyID())) {
            throw new InvalidConfirmationException("The confirmation was not made by the authenticator that sent it.");
        }
        try {
            if (!(deviceKey instanceof ECPublicKey ec) || !jwt.verify(new ECDSAVerifier(ec))) {
                throw new InvalidConfirmationException("The confirmation's signature does not verify with the authenticator's key.");
            }
        } catch (JOSEException e) {
            throw new InvalidConfirmationException("The confirmation's signature cannot be checked: " + e.getMessage());
        }
        String id = String.valueOf(claims.getClaim("prescription"));
        if (!prescription.id().toString().equals(id) || !prescription.number().equals(claims.getClaim("number"))
                || prescription.signedSha256() == null || !prescription.signedSha256().equals(claims.getClaim("sha256"))) {
            throw new InvalidConfirmationException("The confirmation is about another prescription than " + prescription.number() + ".");
        }
        if (!step.wire().equals(claims.getClaim("step"))) {
            throw new InvalidConfirmationException("The confirmation is of another step than " + step.wire() + ".");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || Duration.between(issued.toInstant(), now).abs().compareTo(MAX_AGE) > 0) {
            throw new InvalidConfirmationException("The confirmation must have been signed within the last " + MAX_AGE.toMinutes()
                    + " minutes.");
        }
        return jws;
    }
}

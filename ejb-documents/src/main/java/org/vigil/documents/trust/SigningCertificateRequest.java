package org.vigil.documents.trust;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.Objects;

/**
 * What the CA needs to certify a person's authenticator key.
 *
 * @param publicKey the authenticator's EC P-256 public key
 * @param name the person's verified name
 * @param subjectSerial a stable identifier of the person (their account id), so two people with
 *                      the same name get distinguishable certificates (X.520 serialNumber)
 * @param validity how long the certificate is valid, at most {@link #MAX_VALIDITY}
 */
public record SigningCertificateRequest(PublicKey publicKey, PersonName name, String subjectSerial,
        Duration validity) {

    public static final Duration MAX_VALIDITY = Duration.ofDays(730);

    public SigningCertificateRequest {
        Objects.requireNonNull(name, "name");
        if (!(publicKey instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new IllegalArgumentException("an authenticator key is an EC P-256 public key");
        }
        if (subjectSerial == null || subjectSerial.isBlank() || subjectSerial.length() > 64) {
            throw new IllegalArgumentException("subjectSerial must have 1 to 64 characters");
        }
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity must be positive and at most " + MAX_VALIDITY.toDays() + " days");
        }
    }
}

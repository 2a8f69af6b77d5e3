package org.vigil.client.sdk.authenticator;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.vigil.client.sdk.prescriptions.DeliveryTask;

/**
 * The nurse's signed approval of one step of a prescription's way (her device's signature over
 * the prescription — id, number, SHA-256 of the signed PDF — and the step, {@code picked-up} or
 * {@code delivered}): what the server keeps as evidence of the pickup and the delivery.
 */
public final class CourierConfirmation {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vigil-courier+jwt");
    public static final String PICKED_UP = "picked-up";
    public static final String DELIVERED = "delivered";

    private CourierConfirmation() {
    }

    public static String sign(DeviceKey key, String authenticatorId, DeliveryTask task, String step, Instant now) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(authenticatorId).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("prescription", task.prescriptionId())
                .claim("number", task.number())
                .claim("sha256", task.signedSha256())
                .claim("step", step)
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return key.sign(header, claims);
    }
}

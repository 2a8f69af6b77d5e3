package org.vigil.care.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

class CourierConfirmationTest {

    private final Prescription prescription = Prescriptions.at(PrescriptionStatus.READY);
    private final String device = UUID.randomUUID().toString();
    private final ECKey key = generate();
    private final Instant now = Instant.now();

    @Test
    void theNursesDeviceSignatureOverThisStepOfThisPrescriptionIsAccepted() {
        String jws = confirmation(key, device, prescription.id().toString(), "picked-up", now);
        assertThat(CourierConfirmation.verify(jws, publicKey(key), device, prescription, CourierStep.PICKUP, now)).isEqualTo(jws);
    }

    @Test
    void anotherStepPrescriptionDeviceKeyOrAnOldConfirmationIsRefused() {
        String pickup = confirmation(key, device, prescription.id().toString(), "picked-up", now);
        assertThatThrownBy(() -> CourierConfirmation.verify(pickup, publicKey(key), device, prescription, CourierStep.DELIVERY, now))
                .isInstanceOf(InvalidConfirmationException.class).hasMessageContaining("another step");
        String other = confirmation(key, device, UUID.randomUUID().toString(), "picked-up", now);
        assertThatThrownBy(() -> CourierConfirmation.verify(other, publicKey(key), device, prescription, CourierStep.PICKUP, now))
                .hasMessageContaining("another prescription");
        assertThatThrownBy(() -> CourierConfirmation.verify(pickup, publicKey(key), UUID.randomUUID().toString(), prescription,
                CourierStep.PICKUP, now)).hasMessageContaining("not made by the authenticator");
        assertThatThrownBy(() -> CourierConfirmation.verify(pickup, publicKey(generate()), device, prescription, CourierStep.PICKUP, now))
                .hasMessageContaining("does not verify");
        String old = confirmation(key, device, prescription.id().toString(), "picked-up", now.minus(Duration.ofMinutes(6)));
        assertThatThrownBy(() -> CourierConfirmation.verify(old, publicKey(key), device, prescription, CourierStep.PICKUP, now))
                .hasMessageContaining("within the last 5 minutes");
        assertThatThrownBy(() -> CourierConfirmation.verify("not.a.jws", publicKey(key), device, prescription, CourierStep.PICKUP, now))
                .isInstanceOf(InvalidConfirmationException.class);
    }

    private String confirmation(ECKey signer, String kid, String prescriptionId, String step, Instant at) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(CourierConfirmation.TYPE_NAME))
                    .keyID(kid).build(), new JWTClaimsSet.Builder().claim("prescription", prescriptionId)
                    .claim("number", prescription.number()).claim("sha256", prescription.signedSha256()).claim("step", step)
                    .issueTime(Date.from(at)).build());
            jwt.sign(new ECDSASigner(signer));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.PublicKey publicKey(ECKey key) {
        try {
            return key.toECPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

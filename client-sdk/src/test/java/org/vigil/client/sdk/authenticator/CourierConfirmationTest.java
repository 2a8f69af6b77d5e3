package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.prescriptions.DeliveryTask;

class CourierConfirmationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");
    private static final DeliveryTask TASK = new DeliveryTask("3f0c2a1e-0000-4000-8000-000000000001", "RX-7KQ2-M9XD", "ready",
            "ab".repeat(32), "p-1", "Paul Patient", "Vigil Demo Pharmacy", "1 Market Square", List.of("Amoxicillin 500 mg"));

    private final DeviceKey key = TestKeys.inMemory();

    @Test
    void signsThePrescriptionAndTheStepUnderItsOwnType() {
        Jws signed = Jws.verified(CourierConfirmation.sign(key, "auth-9", TASK, CourierConfirmation.PICKED_UP, NOW), key.publicJwk());

        assertThat(signed.header()).containsEntry("alg", "ES256").containsEntry("typ", "vigil-courier+jwt").containsEntry("kid", "auth-9");
        assertThat(signed.claims()).containsEntry("prescription", TASK.prescriptionId()).containsEntry("number", "RX-7KQ2-M9XD")
                .containsEntry("sha256", "ab".repeat(32)).containsEntry("step", "picked-up").containsKey("jti");
        assertThat(signed.seconds("iat")).isEqualTo(NOW.getEpochSecond());
    }
}

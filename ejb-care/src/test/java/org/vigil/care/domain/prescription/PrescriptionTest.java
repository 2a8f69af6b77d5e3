package org.vigil.care.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.care.domain.prescription.Prescriptions.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrescriptionTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(2));
    private static final UUID NURSE = UUID.randomUUID();

    @Test
    void walksFromDraftToTheDoorOneStepAtATimeAndRecordsEachStep() {
        Prescription p = Prescriptions.draft();
        assertThat(p.status()).isEqualTo(PrescriptionStatus.DRAFT);
        assertThat(p.awaitSignature(UUID.randomUUID(), "account:d", LATER).status()).isEqualTo(PrescriptionStatus.SIGNING);
        assertThat(p.signed("00".repeat(32), "account:d", LATER).status()).isEqualTo(PrescriptionStatus.SIGNED);
        assertThat(p.received(LATER).actor()).isEqualTo(PrescriptionEvent.SYSTEM);
        assertThat(p.pharmacyStep(PrescriptionStatus.VERIFIED, "account:ph", null, LATER).status()).isEqualTo(PrescriptionStatus.VERIFIED);
        p.pharmacyStep(PrescriptionStatus.IN_PREPARATION, "account:ph", null, LATER);
        p.pharmacyStep(PrescriptionStatus.READY, "account:ph", null, LATER);
        PrescriptionEvent pickup = p.pickUp(NURSE, "jws-1", LATER);
        assertThat(pickup.status()).isEqualTo(PrescriptionStatus.PICKED_UP);
        assertThat(pickup.evidence()).isEqualTo("jws-1");
        assertThat(p.courierId()).isEqualTo(NURSE);
        assertThat(p.deliver(NURSE, "jws-2", LATER).status()).isEqualTo(PrescriptionStatus.DELIVERED);
        assertThat(p.status().isFinal()).isTrue();
    }

    @Test
    void aStepOutOfOrderIsRefusedAndChangesNothing() {
        Prescription p = Prescriptions.at(PrescriptionStatus.RECEIVED);
        assertThatThrownBy(() -> p.pharmacyStep(PrescriptionStatus.READY, "account:ph", null, LATER))
                .isInstanceOf(PrescriptionStateException.class).hasMessageContaining("is received; it cannot become ready");
        assertThatThrownBy(() -> p.pickUp(NURSE, "jws", LATER)).isInstanceOf(PrescriptionStateException.class);
        assertThat(p.status()).isEqualTo(PrescriptionStatus.RECEIVED);
        assertThat(p.courierId()).isNull();
    }

    @Test
    void isDispensedAtMostOnce() {
        Prescription p = Prescriptions.at(PrescriptionStatus.READY);
        p.pickUp(NURSE, "jws", LATER);
        assertThatThrownBy(() -> p.pickUp(NURSE, "jws", LATER)).isInstanceOf(PrescriptionStateException.class)
                .hasMessageContaining("dispensed only once");
        assertThatThrownBy(() -> p.pickUp(UUID.randomUUID(), "jws", LATER)).isInstanceOf(PrescriptionStateException.class);
        p.deliver(NURSE, "jws", LATER);
        assertThatThrownBy(() -> p.pickUp(NURSE, "jws", LATER)).isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void onlyTheNurseWhoPickedItUpDeliversIt() {
        Prescription p = Prescriptions.at(PrescriptionStatus.READY);
        p.pickUp(NURSE, "jws", LATER);
        assertThatThrownBy(() -> p.deliver(UUID.randomUUID(), "jws", LATER)).isInstanceOf(PrescriptionStateException.class)
                .hasMessageContaining("another nurse");
        assertThat(p.status()).isEqualTo(PrescriptionStatus.PICKED_UP);
    }

    @Test
    void anExpiredPrescriptionIsNotDispensedNorPrepared() {
        Prescription p = Prescriptions.at(PrescriptionStatus.READY);
        Instant expired = p.validity().until().plusSeconds(1);
        assertThatThrownBy(() -> p.pickUp(NURSE, "jws", expired)).isInstanceOf(PrescriptionStateException.class)
                .hasMessageContaining("expired");
        Prescription q = Prescriptions.at(PrescriptionStatus.RECEIVED);
        assertThatThrownBy(() -> q.pharmacyStep(PrescriptionStatus.VERIFIED, "account:ph", null, expired))
                .isInstanceOf(PrescriptionStateException.class);
        assertThat(q.pharmacyStep(PrescriptionStatus.REJECTED, "account:ph", "expired", expired).status())
                .as("an expired one can still be rejected").isEqualTo(PrescriptionStatus.REJECTED);
        assertThatThrownBy(() -> Prescriptions.draft().awaitSignature(UUID.randomUUID(), "account:d", expired))
                .isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void isNotDispensedBeforeItsValidityStarts() {
        Prescription p = new Prescription("RX-1", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                java.util.List.of(Prescriptions.amoxicillin()), new Validity(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(10))),
                "c", T0);
        p.awaitSignature(UUID.randomUUID(), "a", T0);
        p.signed("s", "a", T0);
        p.received(T0);
        p.pharmacyStep(PrescriptionStatus.VERIFIED, "ph", null, T0);
        p.pharmacyStep(PrescriptionStatus.IN_PREPARATION, "ph", null, T0);
        p.pharmacyStep(PrescriptionStatus.READY, "ph", null, T0);
        assertThatThrownBy(() -> p.pickUp(NURSE, "jws", T0)).isInstanceOf(PrescriptionStateException.class)
                .hasMessageContaining("valid only from");
    }

    @ParameterizedTest
    @EnumSource(value = PrescriptionStatus.class, names = {"DRAFT", "SIGNING", "SIGNED", "RECEIVED", "VERIFIED", "IN_PREPARATION", "READY"})
    void aDoctorCancelsAnyTimeBeforePickupWithAReason(PrescriptionStatus status) {
        Prescription p = Prescriptions.at(status);
        assertThatThrownBy(() -> p.cancel("account:d", " ", LATER)).isInstanceOf(InvalidPrescriptionException.class);
        PrescriptionEvent cancelled = p.cancel("account:d", "Allergy reported", LATER);
        assertThat(cancelled.status()).isEqualTo(PrescriptionStatus.CANCELLED);
        assertThat(p.statusReason()).isEqualTo("Allergy reported");
    }

    @Test
    void cancellingAfterPickupIsRefused() {
        Prescription p = Prescriptions.at(PrescriptionStatus.READY);
        p.pickUp(NURSE, "jws", LATER);
        assertThatThrownBy(() -> p.cancel("account:d", "too late", LATER)).isInstanceOf(PrescriptionStateException.class)
                .hasMessageContaining("picked up already");
        assertThatThrownBy(() -> p.pharmacyStep(PrescriptionStatus.REJECTED, "account:ph", null, LATER))
                .as("the state decides before the missing reason").isInstanceOf(PrescriptionStateException.class);
        assertThat(p.status()).isEqualTo(PrescriptionStatus.PICKED_UP);
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheWay() {
        Prescription p = Prescriptions.at(PrescriptionStatus.VERIFIED);
        assertThatThrownBy(() -> p.pharmacyStep(PrescriptionStatus.REJECTED, "account:ph", null, LATER))
                .isInstanceOf(InvalidPrescriptionException.class);
        p.pharmacyStep(PrescriptionStatus.REJECTED, "account:ph", "Out of stock nationwide", LATER);
        assertThatThrownBy(() -> p.pharmacyStep(PrescriptionStatus.IN_PREPARATION, "account:ph", null, LATER))
                .isInstanceOf(PrescriptionStateException.class);
        assertThatThrownBy(() -> p.cancel("account:d", "x", LATER)).isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void aPharmacyCannotReceiveOrDispenseThroughItsSteps() {
        Prescription p = Prescriptions.at(PrescriptionStatus.READY);
        assertThatThrownBy(() -> p.pharmacyStep(PrescriptionStatus.PICKED_UP, "account:ph", null, LATER))
                .isInstanceOf(PrescriptionStateException.class);
        assertThatThrownBy(() -> Prescriptions.at(PrescriptionStatus.SIGNED).pharmacyStep(PrescriptionStatus.VERIFIED, "ph", null, LATER))
                .isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void aReturnedPrescriptionGoesNowhere() {
        Prescription p = Prescriptions.at(PrescriptionStatus.SIGNED);
        p.returned("The PDF was changed after it was signed", LATER);
        assertThat(p.status().atPharmacy()).isFalse();
        assertThatThrownBy(() -> p.received(LATER)).isInstanceOf(PrescriptionStateException.class);
        assertThatThrownBy(() -> p.signed("x", "a", LATER)).isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void aSignatureDeniedOnTheDevicePutsItBackToADraftThatChangesAndIsSentAgain() {
        Prescription p = Prescriptions.draft();
        p.awaitSignature(UUID.randomUUID(), "account:d", LATER);
        PrescriptionEvent denied = p.signatureDenied("account:d", LATER);
        assertThat(denied.status()).isEqualTo(PrescriptionStatus.DRAFT);
        assertThat(denied.reason()).contains("denied");
        assertThat(p.statusReason()).contains("denied");
        p.revise(java.util.List.of(Prescriptions.amoxicillin()), p.validity(), p.pharmacyId(), LATER);
        assertThat(p.awaitSignature(UUID.randomUUID(), "account:d", LATER).status()).isEqualTo(PrescriptionStatus.SIGNING);
        assertThat(p.statusReason()).isNull();
        p.signed("00".repeat(32), "account:d", LATER);
        assertThatThrownBy(() -> p.signatureDenied("account:d", LATER)).as("a signed prescription stays signed")
                .isInstanceOf(PrescriptionStateException.class);
    }

    @Test
    void onlyADraftChanges() {
        Prescription p = Prescriptions.draft();
        Validity longer = new Validity(T0, T0.plus(Duration.ofDays(60)));
        p.revise(java.util.List.of(Prescriptions.amoxicillin(), Prescriptions.amoxicillin()), longer, p.pharmacyId(), LATER);
        assertThat(p.items()).hasSize(2);
        p.awaitSignature(UUID.randomUUID(), "a", LATER);
        assertThatThrownBy(() -> p.revise(java.util.List.of(Prescriptions.amoxicillin()), longer, p.pharmacyId(), LATER))
                .isInstanceOf(PrescriptionStateException.class);
        assertThat(p.items()).hasSize(2);
    }

    @Test
    void wireNamesRoundTrip() {
        for (PrescriptionStatus status : PrescriptionStatus.values()) {
            assertThat(PrescriptionStatus.fromWire(status.wire())).hasValue(status);
        }
        assertThat(PrescriptionStatus.IN_PREPARATION.wire()).isEqualTo("in-preparation");
        assertThat(CourierStep.fromWire("picked-up")).isEqualTo(CourierStep.PICKUP);
    }
}

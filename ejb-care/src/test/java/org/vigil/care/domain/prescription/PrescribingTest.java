package org.vigil.care.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrescribingTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void withoutDatesAPrescriptionIsValidFromNowFor28Days() {
        Validity v = Prescribing.validity(null, null, NOW);
        assertThat(v.from()).isEqualTo(NOW);
        assertThat(v.until()).isEqualTo(NOW.plus(Duration.ofDays(28)));
        assertThat(v.coversAt(NOW.plusSeconds(1))).isTrue();
        assertThat(v.expiredAt(NOW.plus(Duration.ofDays(29)))).isTrue();
    }

    @Test
    void aValidityMustEndAfterItStartsAfterNowAndWithinAYear() {
        assertThatThrownBy(() -> Prescribing.validity(NOW, NOW, NOW)).isInstanceOf(InvalidPrescriptionException.class);
        assertThatThrownBy(() -> Prescribing.validity(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(1)), NOW))
                .hasMessageContaining("ends before now");
        assertThatThrownBy(() -> Prescribing.validity(NOW, NOW.plus(Duration.ofDays(400)), NOW)).hasMessageContaining("366");
    }

    @Test
    void anItemNeedsMedicationDoseRouteFrequencyAndQuantity() {
        MedicationItem noDose = new MedicationItem("Ibuprofen", null, null, "400 mg", " ", "oral", "every 8 hours", null, "20", null);
        assertThatThrownBy(() -> Prescribing.items(List.of(noDose))).hasMessageContaining("items[0].dose is required");
        MedicationItem noQuantity = new MedicationItem("Ibuprofen", null, null, null, "1 tablet", "oral", "daily", null, null, null);
        assertThatThrownBy(() -> Prescribing.items(List.of(noQuantity))).hasMessageContaining("quantity");
        MedicationItem minimal = new MedicationItem("Ibuprofen", null, null, null, "1 tablet", "oral", "daily", null, "20 tablets", null);
        assertThat(Prescribing.items(List.of(minimal))).containsExactly(minimal);
    }

    @Test
    void aCodeComesWithItsSystem() {
        MedicationItem codeOnly = new MedicationItem("Ibuprofen", "M01AE01", null, null, "1", "oral", "daily", null, "20", null);
        assertThatThrownBy(() -> Prescribing.items(List.of(codeOnly))).hasMessageContaining("go together");
    }

    @Test
    void oneToTenItemsOfBoundedTextWithoutControlCharacters() {
        assertThatThrownBy(() -> Prescribing.items(List.of())).hasMessageContaining("1 to 10");
        List<MedicationItem> eleven = new ArrayList<>(Collections.nCopies(11, Prescriptions.amoxicillin()));
        assertThatThrownBy(() -> Prescribing.items(eleven)).hasMessageContaining("1 to 10");
        MedicationItem bell = new MedicationItem("Ibu\u0007profen", null, null, null, "1", "oral", "daily", null, "20", null);
        assertThatThrownBy(() -> Prescribing.items(List.of(bell))).hasMessageContaining("control characters");
        MedicationItem longName = new MedicationItem("x".repeat(201), null, null, null, "1", "oral", "daily", null, "20", null);
        assertThatThrownBy(() -> Prescribing.items(List.of(longName))).hasMessageContaining("at most 200");
    }

    @Test
    void numbersAreReadableAndCodesUnguessable() {
        assertThat(PrescriptionNumbers.number()).matches("RX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(PrescriptionNumbers.verificationCode()).hasSize(43).isNotEqualTo(PrescriptionNumbers.verificationCode());
    }
}

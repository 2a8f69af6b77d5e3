package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @ParameterizedTest
    @CsvSource({
            "' Anna.Muster@Example.ORG ', anna.muster@example.org",
            "a+tag@sub.example.ch, a+tag@sub.example.ch",
    })
    void emailsAreStoredInOneForm(String raw, String stored) {
        assertThat(ContactDetails.email(raw)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@example.org", "anna@example", "an na@example.org", "a@b@example.org"})
    void whatIsNotAnEmailAddressIsRefused(String raw) {
        assertThatThrownBy(() -> ContactDetails.email(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "+41 79 123 45 67, +41791234567",
            "0041-79-123-45-67, +41791234567",
            "+1 (415) 555-0100, +14155550100",
    })
    void phonesAreStoredAsE164(String raw, String stored) {
        assertThat(ContactDetails.phone(raw)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "079 123 45 67", "+0791234567", "+41 79 abc", "+1234567", "+1234567890123456"})
    void whatIsNotAnInternationalNumberIsRefused(String raw) {
        assertThatThrownBy(() -> ContactDetails.phone(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMaskedPhoneShowsOnlyItsEnds() {
        assertThat(ContactDetails.maskedPhone("+41791234567")).isEqualTo("+41*****4567");
    }
}

package org.vigil.identity.kyc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Mrz passport = Mrz.parse(MrzTest.TD3, TODAY);
    private final Mrz card = Mrz.parse(MrzTest.TD1, TODAY);

    @Test
    void typesByFirstLetterAndStatesWhenListed() {
        assertThatCode(() -> DocumentPolicy.parse("P,I", "").require(passport)).doesNotThrowAnyException();
        assertThatCode(() -> DocumentPolicy.parse("p, i", " uto ").require(card)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DocumentPolicy.parse("P", "").require(card)).isInstanceOfSatisfying(ChipCheckFailed.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.check()).isEqualTo(ChipCheck.DOCUMENT_NOT_ACCEPTED));
        assertThatThrownBy(() -> DocumentPolicy.parse("P,I", "D,FRA").require(passport)).isInstanceOf(ChipCheckFailed.class)
                .hasMessageContaining("UTO");
    }
}

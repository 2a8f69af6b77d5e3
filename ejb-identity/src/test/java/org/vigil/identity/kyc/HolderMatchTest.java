package org.vigil.identity.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolderMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate BIRTH = LocalDate.of(1974, 8, 12);

    @Test
    void transliteratesAsIcaoPart3Does() {
        assertThat(IcaoTransliteration.forms("Jürgen")).containsExactly("JUERGEN", "JURGEN");
        assertThat(IcaoTransliteration.forms("Strauß")).containsExactly("STRAUSS");
        assertThat(IcaoTransliteration.forms("Ångström")).contains("AANGSTROEM", "ANGSTROM", "AANGSTROM");
        assertThat(IcaoTransliteration.forms("Øster-Ærø")).containsExactly("OESTER<AEROE");
        assertThat(IcaoTransliteration.forms("O'Brien")).containsExactly("OBRIEN");
        assertThat(IcaoTransliteration.forms("José María")).containsExactly("JOSE<MARIA");
        assertThat(IcaoTransliteration.forms("Þóra")).containsExactly("THORA");
    }

    @Test
    void theSpecimenHolderMatchesHerAccount() {
        Mrz anna = Mrz.parse(MrzTest.TD3, TODAY);
        assertThatCode(() -> HolderMatch.require(anna, "Anna Maria", "Eriksson", BIRTH)).doesNotThrowAnyException();
        assertThatCode(() -> HolderMatch.require(anna, "anna-maria", "ERIKSSON", null)).doesNotThrowAnyException();
        // the first given name alone is the only shortening accepted
        assertThatCode(() -> HolderMatch.require(anna, "Anna", "Eriksson", BIRTH)).doesNotThrowAnyException();
    }

    @Test
    void eitherFormOfAnUmlautMatches() {
        Mrz mueller = mrz("MUELLER<<JUERGEN");
        Mrz muller = mrz("MULLER<<JURGEN");
        assertThatCode(() -> HolderMatch.require(mueller, "Jürgen", "Müller", null)).doesNotThrowAnyException();
        assertThatCode(() -> HolderMatch.require(muller, "Jürgen", "Müller", null)).doesNotThrowAnyException();
        assertThat(HolderMatch.namesMatch(mueller, "Jurgen", "Muller")).isFalse();
    }

    @Test
    void anotherPersonIsRefused() {
        Mrz anna = Mrz.parse(MrzTest.TD3, TODAY);
        assertMismatch(anna, "Maria", "Eriksson", BIRTH, "holder");
        assertMismatch(anna, "Anna", "Eriksen", BIRTH, "holder");
        assertMismatch(anna, "Anna Maria Sofia", "Eriksson", BIRTH, "holder");
        assertMismatch(anna, "Anna", "Eriksson", BIRTH.plusDays(1), "date of birth");
    }

    @Test
    void aTruncatedNamesFieldMatchesTheFullName() {
        // 39 characters: the field is full, ICAO has cut the given names
        String names = "WOLFESCHLEGELSTEINHAUSEN<<HUBERT<BLAINE";
        assertThat(names).hasSize(39);
        Mrz cut = mrz(names);
        assertThatCode(() -> HolderMatch.require(cut, "Hubert Blaine Wolfe", "Wolfeschlegelsteinhausen", null)).doesNotThrowAnyException();
        assertThat(HolderMatch.namesMatch(cut, "Hubert Blaise", "Wolfeschlegelsteinhausen")).isFalse();
    }

    private static Mrz mrz(String names) {
        String field = (names + "<".repeat(39)).substring(0, 39);
        return Mrz.parse("P<UTO" + field + "\n" + MrzTest.line2("L898902C3", "740812", "320101"), TODAY);
    }

    private static void assertMismatch(Mrz mrz, String first, String last, LocalDate birth, String detail) {
        assertThatThrownBy(() -> HolderMatch.require(mrz, first, last, birth)).isInstanceOfSatisfying(ChipCheckFailed.class, e -> {
            assertThat(e.check()).isEqualTo(ChipCheck.HOLDER_MISMATCH);
            assertThat(e.getMessage()).contains(detail);
        });
    }
}

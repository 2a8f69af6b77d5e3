package org.vigil.identity.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MrzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** ICAO 9303 part 4, appendix A: the specimen passport. */
    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /** ICAO 9303 part 5, appendix A: the specimen identity card. */
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @Test
    void theSpecimenPassportParsesWithTrueCheckDigits() {
        Mrz mrz = Mrz.parse(TD3, TODAY);
        assertThat(mrz.format()).isEqualTo(Mrz.Format.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifiers()).containsExactly("ANNA", "MARIA");
        assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.sex()).isEqualTo('F');
        assertThat(mrz.nationality()).isEqualTo("UTO");
    }

    @Test
    void theSpecimenCardParsesWithTrueCheckDigits() {
        Mrz mrz = Mrz.parse(TD1, TODAY);
        assertThat(mrz.format()).isEqualTo(Mrz.Format.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifiers()).containsExactly("ANNA", "MARIA");
        assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    }

    @Test
    void checkDigitsFollowIcao() {
        assertThat(MrzCheckDigits.of("L898902C3")).isEqualTo('6');
        assertThat(MrzCheckDigits.of("740812")).isEqualTo('2');
        assertThat(MrzCheckDigits.of("120415")).isEqualTo('9');
        assertThat(MrzCheckDigits.of("ZE184226B<<<<<")).isEqualTo('1');
    }

    @Test
    void aWrongCheckDigitIsNamed() {
        assertFails(TD3.replace("L898902C36", "L898902C37"), ChipCheck.MRZ_CHECK_DIGIT, "document number");
        assertFails(TD3.replace("7408122F", "7408123F"), ChipCheck.MRZ_CHECK_DIGIT, "date of birth");
        assertFails(TD3.replace("1204159Z", "1204158Z"), ChipCheck.MRZ_CHECK_DIGIT, "date of expiry");
        assertFails(TD3.replace("<<<<<10", "<<<<<11"), ChipCheck.MRZ_CHECK_DIGIT, "composite");
        assertFails(TD1.replace("<<<6\n", "<<<5\n"), ChipCheck.MRZ_CHECK_DIGIT, "composite");
        // a changed field whose own digit is not adjusted
        assertFails(TD3.replace("L898902C3", "L898902C4"), ChipCheck.MRZ_CHECK_DIGIT, "document number");
    }

    @Test
    void somethingElseIsNoMrz() {
        assertFails("P<UTOERIKSSON", ChipCheck.MRZ_FORMAT, "characters");
        assertFails(TD3.toLowerCase(), ChipCheck.MRZ_FORMAT, "outside");
        assertFails(TD3.replace("740812", "741312").replace("7413122", "741312" + MrzCheckDigits.of("741312")), ChipCheck.MRZ_FORMAT, "not a date");
    }

    @Test
    void aBirthYearIsNeverInTheFuture() {
        String young = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2("L898902C3", "150101", "320101");
        assertThat(Mrz.parse(young, TODAY).birthDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        String old = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2("L898902C3", "300101", "320101");
        assertThat(Mrz.parse(old, TODAY).birthDate()).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(Mrz.parse(old, TODAY).expiryDate()).isEqualTo(LocalDate.of(2032, 1, 1));
    }

    static String line2(String number, String birth, String expiry) {
        String l = number + MrzCheckDigits.of(number) + "UTO" + birth + MrzCheckDigits.of(birth) + "F" + expiry
                + MrzCheckDigits.of(expiry) + "<<<<<<<<<<<<<<" + "<";
        String composite = l.substring(0, 10) + l.substring(13, 20) + l.substring(21, 43);
        return l + MrzCheckDigits.of(composite);
    }

    private static void assertFails(String mrz, ChipCheck check, String detail) {
        assertThatThrownBy(() -> Mrz.parse(mrz, TODAY)).isInstanceOfSatisfying(ChipCheckFailed.class, e -> {
            assertThat(e.check()).isEqualTo(check);
            assertThat(e.getMessage()).contains(detail);
        });
    }
}

package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void confirmingEmailAndPhoneReachesLevelOneWithEvidence() {
        Account account = new Account("Anna", "Muster", "anna@example.org", "+41791234567", now);

        assertThat(account.confirm(Channel.EMAIL, now)).isEmpty();
        assertThat(account.kycLevel()).isEqualTo(KycLevel.NONE);
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING);

        assertThat(account.confirm(Channel.PHONE, now)).hasValueSatisfying(evidence -> {
            assertThat(evidence.level()).isEqualTo(KycLevel.LOW);
            assertThat(evidence.method()).isEqualTo("email+phone-otp");
        });
        assertThat(account.kycLevel()).isEqualTo(KycLevel.LOW);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aChipReadRaisesALevelOneAccountToLevelTwoAndKeepsTheFirstBirthDate() {
        Account account = new Account("Anna", "Muster", "anna@example.org", "+41791234567", now);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> account.verifyByChip(java.time.LocalDate.of(1974, 8, 12), "client:t", now, "x"))
                .as("a pending account is not verified").isInstanceOf(IllegalStateException.class);
        account.confirm(Channel.EMAIL, now);
        account.confirm(Channel.PHONE, now);

        KycEvidence evidence = account.verifyByChip(java.time.LocalDate.of(1974, 8, 12), "client:kyc-terminal-1", now, "P of UTO");
        assertThat(evidence.level()).isEqualTo(KycLevel.SUBSTANTIAL);
        assertThat(evidence.method()).isEqualTo("emrtd-chip");
        assertThat(evidence.verifiedBy()).isEqualTo("client:kyc-terminal-1");
        assertThat(account.kycLevel()).isEqualTo(KycLevel.SUBSTANTIAL);
        assertThat(account.birthDate()).isEqualTo(java.time.LocalDate.of(1974, 8, 12));

        account.verifyByChip(java.time.LocalDate.of(1980, 1, 1), "client:kyc-terminal-1", now, "another read");
        assertThat(account.birthDate()).as("recorded once; HolderMatch compares later reads with it").isEqualTo(java.time.LocalDate.of(1974, 8, 12));
        account.lock();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> account.verifyByChip(java.time.LocalDate.of(1974, 8, 12), "client:t", now, "x"))
                .as("a locked account is not verified").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void confirmingTwiceAddsNoSecondEvidence() {
        Account account = new Account("Anna", "Muster", "anna@example.org", "+41791234567", now);
        account.confirm(Channel.EMAIL, now);
        account.confirm(Channel.PHONE, now);

        assertThat(account.confirm(Channel.PHONE, now)).isEmpty();
    }

    @Test
    void anActiveAccountIsLockedAndUnlockedAndBothAreIdempotent() {
        Account account = new Account("Anna", "Muster", "anna@example.org", "+41791234567", now);
        account.confirm(Channel.EMAIL, now);
        account.confirm(Channel.PHONE, now);

        assertThat(account.lock()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(account.lock()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(account.unlock()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.unlock()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aPendingSignUpIsNeitherLockedNorUnlockedIntoAnActiveAccount() {
        Account account = new Account("Anna", "Muster", "anna@example.org", "+41791234567", now);

        assertThat(account.lock()).isFalse();
        assertThat(account.unlock()).isFalse();
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void levelsMapToEidasAcrValues() {
        assertThat(KycLevel.LOW.acr()).hasValue("http://eidas.europa.eu/LoA/low");
        assertThat(KycLevel.ofAcr("http://eidas.europa.eu/LoA/high")).hasValue(KycLevel.HIGH);
        assertThat(KycLevel.SUBSTANTIAL.satisfies(KycLevel.LOW)).isTrue();
        assertThat(KycLevel.LOW.satisfies(KycLevel.SUBSTANTIAL)).isFalse();
    }
}

package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final OneTimeCode.Issued issued = OneTimeCode.issue(UUID.randomUUID(), Channel.EMAIL, now);

    @Test
    void theRightCodeIsAcceptedOnce() {
        assertThat(issued.code()).matches("\\d{6}");
        assertThat(issued.stored().check(issued.code(), now.plusSeconds(60))).isEqualTo(OneTimeCode.Check.ACCEPTED);
        assertThat(issued.stored().check(issued.code(), now.plusSeconds(61))).isEqualTo(OneTimeCode.Check.USED);
    }

    @Test
    void aWrongCodeCostsAnAttemptAndTheLastOneExhaustsIt() {
        OneTimeCode code = issued.stored();
        String wrong = wrong(issued.code());
        for (int i = 1; i < OneTimeCode.MAX_ATTEMPTS; i++) {
            assertThat(code.check(wrong, now)).isEqualTo(OneTimeCode.Check.WRONG);
            assertThat(code.attemptsLeft()).isEqualTo(OneTimeCode.MAX_ATTEMPTS - i);
        }
        assertThat(code.check(wrong, now)).isEqualTo(OneTimeCode.Check.EXHAUSTED);
        assertThat(code.check(issued.code(), now)).as("even the right code, once exhausted").isEqualTo(OneTimeCode.Check.EXHAUSTED);
    }

    @Test
    void anExpiredCodeIsRefusedWithoutCostingAnAttempt() {
        OneTimeCode code = issued.stored();

        assertThat(code.check(issued.code(), now.plus(OneTimeCode.LIFETIME))).isEqualTo(OneTimeCode.Check.EXPIRED);
        assertThat(code.attemptsLeft()).isEqualTo(OneTimeCode.MAX_ATTEMPTS);
    }

    @Test
    void surroundingSpacesAreForgivenButNothingElse() {
        assertThat(issued.stored().check(" " + issued.code() + "\n", now)).isEqualTo(OneTimeCode.Check.ACCEPTED);
    }

    @Test
    void anAbsentCodeIsWrong() {
        assertThat(issued.stored().check(null, now)).isEqualTo(OneTimeCode.Check.WRONG);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}

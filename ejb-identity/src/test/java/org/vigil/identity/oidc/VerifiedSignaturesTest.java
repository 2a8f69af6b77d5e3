package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerifiedSignaturesTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void onlyTheExactTokenTextMatchesAndOnlyUntilItExpires() {
        VerifiedSignatures verified = new VerifiedSignatures(10);
        verified.add("header.claims.signature", now.plusSeconds(60), now);

        assertThat(verified.contains("header.claims.signature", now.plusSeconds(59))).isTrue();
        assertThat(verified.contains("header.claims.signaturf", now)).as("one character changed").isFalse();
        assertThat(verified.contains("header.claims.signature", now.plusSeconds(60))).as("expired").isFalse();
    }

    @Test
    void aFullSetDropsExpiredEntriesFirstThenEverything() {
        VerifiedSignatures verified = new VerifiedSignatures(2);
        verified.add("expiring", now.plusSeconds(1), now);
        verified.add("lasting", now.plus(Duration.ofHours(1)), now);

        Instant later = now.plusSeconds(5);
        verified.add("new", later.plusSeconds(60), later);
        assertThat(verified.contains("lasting", later)).as("still valid, kept").isTrue();
        assertThat(verified.contains("new", later)).isTrue();

        verified.add("newest", later.plusSeconds(60), later);
        assertThat(verified.contains("newest", later)).isTrue();
        assertThat(verified.contains("lasting", later)).as("no room: checked again on next use").isFalse();
    }
}

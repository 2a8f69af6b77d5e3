package org.vigil.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortInputIsQuotedWhole() {
        assertThat(Excerpt.of("client-sdk")).isEqualTo("'client-sdk'");
    }

    @Test
    void longInputIsCutToTheExcerptLength() {
        String excerpt = Excerpt.of("A".repeat(5_000_000));

        assertThat(excerpt).isEqualTo("'" + "A".repeat(InputLimits.EXCERPT_CHARACTERS) + "…'");
    }

    @Test
    void controlCharactersAreShownEscapedNotPassedOn() {
        assertThat(Excerpt.of("a\u0000b\nc\u009b")).isEqualTo("'a\\u0000b\\u000ac\\u009b'");
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String emoji = "\uD83D\uDE00";

        assertThat(Excerpt.of(emoji.repeat(100))).isEqualTo("'" + emoji.repeat(InputLimits.EXCERPT_CHARACTERS) + "…'");
    }

    @Test
    void absentInputIsNone() {
        assertThat(Excerpt.of(null)).isEqualTo("none");
    }

    @Test
    void boundedTextKeepsWithinItsLimit() {
        assertThat(Excerpt.bounded("x".repeat(1000), 10)).hasSize(11).endsWith("…");
        assertThat(Excerpt.bounded("short", 10)).isEqualTo("short");
    }
}

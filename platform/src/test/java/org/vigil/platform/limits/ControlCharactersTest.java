package org.vigil.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void identifiersTakeNoControlCharacterAtAll() {
        assertThat(ControlCharacters.inIdentifier("heart-rate")).isFalse();
        assertThat(ControlCharacters.inIdentifier("Zoë's watch")).isFalse();
        assertThat(ControlCharacters.inIdentifier("client\u0000")).isTrue();
        assertThat(ControlCharacters.inIdentifier("a\tb")).isTrue();
        assertThat(ControlCharacters.inIdentifier("a\u007fb")).isTrue();
        assertThat(ControlCharacters.inIdentifier("a\u0085b")).isTrue();
    }

    @Test
    void textTakesTabsAndLineBreaksButNoOtherControlCharacter() {
        assertThat(ControlCharacters.inText("line one\r\nline\ttwo")).isFalse();
        assertThat(ControlCharacters.inText("bell\u0007")).isTrue();
        assertThat(ControlCharacters.inText("nul\u0000")).isTrue();
        assertThat(ControlCharacters.inText("escape\u001b[31m")).isTrue();
    }
}

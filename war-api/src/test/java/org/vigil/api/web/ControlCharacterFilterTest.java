package org.vigil.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

    @Test
    void percentEncodedControlCharactersAreFound() {
        assertThat(ControlCharacterFilter.hasControlCharacter("/api/v1/dead-letters/ID%00")).isTrue();
        assertThat(ControlCharacterFilter.hasControlCharacter("state=abc%0d%0aSet-Cookie:%20x")).isTrue();
        assertThat(ControlCharacterFilter.hasControlCharacter("name=%C2%85")).isTrue();
        assertThat(ControlCharacterFilter.hasControlCharacter("x=%7F")).isTrue();
    }

    @Test
    void ordinaryPathsAndQueriesPass() {
        assertThat(ControlCharacterFilter.hasControlCharacter("/api/v1/patients/3f0c/vitals/heart-rate")).isFalse();
        assertThat(ControlCharacterFilter.hasControlCharacter("from=2026-11-24T08%3A00%3A00Z&name=Zo%C3%AB+M")).isFalse();
        assertThat(ControlCharacterFilter.hasControlCharacter("broken=%ZZ%2")).isFalse();
        assertThat(ControlCharacterFilter.hasControlCharacter(null)).isFalse();
    }
}

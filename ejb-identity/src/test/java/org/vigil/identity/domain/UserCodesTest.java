package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserCodesTest {

    @Test
    void aCodeMatchesItsOwnHashOnly() {
        String hash = UserCodes.hash("7412-blue");

        assertThat(hash).doesNotContain("7412");
        assertThat(UserCodes.matches("7412-blue", hash)).isTrue();
        assertThat(UserCodes.matches("7412-Blue", hash)).isFalse();
        assertThat(UserCodes.matches(null, hash)).isFalse();
        assertThat(UserCodes.matches("7412-blue", null)).isFalse();
        assertThat(UserCodes.hash("7412-blue")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void shortBlankOrControlCodesAreRefused() {
        assertThat(UserCodes.acceptable("1234")).isTrue();
        assertThat(UserCodes.acceptable("123")).isFalse();
        assertThat(UserCodes.acceptable("12 34")).isFalse();
        assertThat(UserCodes.acceptable("12\u000734")).isFalse();
        assertThat(UserCodes.acceptable("x".repeat(33))).isFalse();
        assertThat(UserCodes.acceptable(null)).isFalse();
    }
}

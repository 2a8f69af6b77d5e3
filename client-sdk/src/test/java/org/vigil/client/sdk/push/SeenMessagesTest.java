package org.vigil.client.sdk.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenMessagesTest {

    @Test
    void anIdIsNewOnlyOnceUntilForgottenOrPushedOut() {
        SeenMessages seen = new SeenMessages(2);

        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime("a")).isFalse();
        seen.forget("a");
        assertThat(seen.firstTime("a")).isTrue();
        seen.firstTime("b");
        seen.firstTime("c");
        assertThat(seen.firstTime("a")).as("the oldest made room").isTrue();
        assertThat(seen.firstTime("c")).isFalse();
    }
}

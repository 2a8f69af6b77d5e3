package org.vigil.client.sdk.authenticator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void takesOptionsAnywhereInBothForms() {
        Arguments arguments = Arguments.parse("--state=/tmp/s", "rename", "abc", "--keystore", "k.p12", "Anna's laptop");

        assertThat(arguments.command()).contains("rename");
        assertThat(arguments.operands("rename", "ID", "NAME")).containsExactly("abc", "Anna's laptop");
        assertThat(arguments.option("state")).contains("/tmp/s");
        assertThat(arguments.option("keystore")).contains("k.p12");
    }

    @Test
    void takesEverythingAfterDoubleDashAsOperands() {
        Arguments arguments = Arguments.parse("rename", "abc", "--", "--new name--");

        assertThat(arguments.operands("rename", "ID", "NAME")).containsExactly("abc", "--new name--");
    }

    @Test
    void refusesAnOptionGivenTwice() {
        assertThatThrownBy(() -> Arguments.parse("--pin", "1", "--pin", "2"))
                .isInstanceOf(UsageException.class).hasMessage("--pin is given twice");
    }

    @Test
    void readsDurationsWithUnits() {
        Arguments arguments = Arguments.parse("--timeout", "2m", "--interval", "250ms");

        assertThat(arguments.duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(arguments.duration("interval", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(Arguments.parse("--timeout", "90").duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
        assertThat(Arguments.parse().duration("timeout", Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }
}

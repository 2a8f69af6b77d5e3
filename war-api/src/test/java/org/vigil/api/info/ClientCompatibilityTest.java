package org.vigil.api.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClientCompatibilityTest {

    @ParameterizedTest
    @CsvSource({
            "0.1.0, true",
            "0.1.7, true",
            "0.1.0-SNAPSHOT, true",
            "0.0.9-SNAPSHOT, false",
            "0.0.9, false",
            "0.2.0, false",
            "1.1.0, false",
    })
    void whileTheMajorIsZeroTheMinorIsTheLine(String version, boolean compatible) {
        assertThat(ClientCompatibility.check("client-gateway", version, "0.1.0").compatible()).isEqualTo(compatible);
    }

    @Test
    void theAnswerNamesTheMinimumAndTheServer() {
        CompatibilityResponse r = ClientCompatibility.check("client-station", "0.1.3", "0.1.0-SNAPSHOT");

        assertThat(r.minimumVersion()).isEqualTo("0.1.0");
        assertThat(r.serverVersion()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void anUnknownComponentIsAnErrorThatListsTheKnownOnes() {
        assertThatThrownBy(() -> ClientCompatibility.check("toaster", "0.1.0", "0.1.0"))
                .isInstanceOf(UnknownComponentException.class)
                .hasMessageContaining("client-gateway");
    }

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertThat(SemanticVersion.parse("0.10.0")).isGreaterThan(SemanticVersion.parse("0.9.0"));
        assertThat(SemanticVersion.parse("1.0.0")).isGreaterThan(SemanticVersion.parse("1.0.0-rc.1"));
    }
}

package org.vigil.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminReasonTest {

    @Test
    void aReasonIsKeptWithoutItsSurroundingBlanks() {
        assertThat(AdminReason.required("  left the hospital ", "the account is locked")).isEqualTo("left the hospital");
    }

    @Test
    void aMissingBlankOrOverlongReasonIsRefusedNamingTheStep() {
        for (String bad : new String[] {null, "", "   ", "x".repeat(AdminReason.MAX_LENGTH + 1)}) {
            assertThatThrownBy(() -> AdminReason.required(bad, "the client is disabled")).isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).extensions().toString()).contains("why the client is disabled"));
        }
    }
}

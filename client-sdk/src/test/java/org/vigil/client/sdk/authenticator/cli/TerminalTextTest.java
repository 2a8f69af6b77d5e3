package org.vigil.client.sdk.authenticator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void keepsOrdinaryText() {
        assertThat(TerminalText.safe("Login to Demo app, code 4711 – Zürich 東京")).isEqualTo("Login to Demo app, code 4711 – Zürich 東京");
    }

    @Test
    void defusesTerminalEscapesAndLineBreaks() {
        assertThat(TerminalText.safe("ok\u001b[2K\rApprove bank transfer\n")).isEqualTo("ok\uFFFD[2K\uFFFDApprove bank transfer\uFFFD");
    }

    @Test
    void defusesBidirectionalOverrides() {
        assertThat(TerminalText.safe("code \u202E1174")).isEqualTo("code \uFFFD1174");
    }
}

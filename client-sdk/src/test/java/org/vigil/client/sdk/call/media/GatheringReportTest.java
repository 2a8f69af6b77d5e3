package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatheringReportTest {

    @Test
    void aCandidateIsEnoughWhateverElseFailed() {
        GatheringReport report = new GatheringReport(true);
        report.error("turn:a:3478?transport=udp", 401, "Unauthorized");
        report.candidate();
        assertThat(report.failure()).isEmpty();
    }

    @Test
    void noCandidateAfterTurnErrorsNamesWhatTheServersSaid() {
        GatheringReport report = new GatheringReport(true);
        report.error("turn:127.0.0.1:3478?transport=udp", 401, "Unauthorized");
        assertThat(report.failure()).hasValue("the TURN server refused: 401 Unauthorized (turn:127.0.0.1:3478?transport=udp)");
    }

    @Test
    void noCandidateAndNoErrorIsASilentTurnServerWhenRelayOnly() {
        assertThat(new GatheringReport(true).failure()).hasValue("no relay candidate: no TURN server answered");
        assertThat(new GatheringReport(false).failure()).hasValue("no ICE candidate gathered");
    }
}

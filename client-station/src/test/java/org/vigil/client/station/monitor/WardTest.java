package org.vigil.client.station.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.care.News2Score;
import org.vigil.client.sdk.care.PatientCard;
import org.vigil.client.sdk.care.StationMessage;

class WardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void valuesLandOnTheirPatientWithATrendAndOldValuesDoNotReplaceNewerOnes() throws Exception {
        Ward ward = new Ward();
        ward.assigned(Set.of("p1"));
        ward.apply(observations("p1", "heart-rate", 70, "2026-01-01T10:00:00Z"));
        ward.apply(observations("p1", "heart-rate", 90, "2026-01-01T10:00:10Z"));
        ward.apply(observations("p1", "heart-rate", 50, "2026-01-01T09:00:00Z"));
        PatientWatch.Reading hr = ward.patient("p1").orElseThrow().reading("heart-rate").orElseThrow();
        assertThat(hr.value()).isEqualTo(90);
        assertThat(hr.trend()).isEqualTo(Trend.RISING);
        assertThat(ward.apply(observations("p9", "heart-rate", 70, "2026-01-01T10:00:00Z")).kind()).as("not ours")
                .isEqualTo(Ward.Change.Kind.NONE);
    }

    @Test
    void everyMeasurementTheFeedDeliversIsRememberedInArrivalOrderDuplicatesIncludedAndBounded() throws Exception {
        Ward ward = new Ward();
        ward.assigned(Set.of("p1"));
        ward.apply(observations("p1", "heart-rate", 70, "2026-01-01T10:00:00Z"));
        ward.apply(observations("p1", "heart-rate", 70, "2026-01-01T10:00:00Z"));
        ward.apply(observations("p1", "spo2", 97, "2026-01-01T10:00:01Z"));
        assertThat(ward.patient("p1").orElseThrow().arrived()).as("a repeat stays visible even though the tile ignores it")
                .containsExactly("p1-heart-rate-2026-01-01T10:00:00Z", "p1-heart-rate-2026-01-01T10:00:00Z", "p1-spo2-2026-01-01T10:00:01Z");
        for (int i = 0; i < PatientWatch.ARRIVALS_KEPT; i++) {
            ward.apply(observations("p1", "heart-rate", 70, Instant.parse("2026-01-02T00:00:00Z").plusSeconds(i).toString()));
        }
        List<String> kept = ward.patient("p1").orElseThrow().arrived();
        assertThat(kept).hasSize(PatientWatch.ARRIVALS_KEPT).doesNotContain("p1-spo2-2026-01-01T10:00:01Z");
    }

    @Test
    void patientsWithAlarmsComeFirstThenHighNews2AndAcknowledgedAlertsLeave() throws Exception {
        Ward ward = new Ward();
        ward.assigned(Set.of("calm", "scored", "alarm"));
        ward.patient("calm").orElseThrow().card(card("calm", "Carl", 0));
        ward.patient("scored").orElseThrow().card(card("scored", "Sara", 6));
        ward.patient("alarm").orElseThrow().card(card("alarm", "Zoe", 1));
        ward.apply(alert("alarm", "a1", "urgent", "open"));
        assertThat(ward.inOrder()).extracting(PatientWatch::patientId).containsExactly("alarm", "scored", "calm");
        ward.apply(alert("alarm", "a1", "urgent", "acknowledged"));
        assertThat(ward.inOrder()).extracting(PatientWatch::patientId).containsExactly("scored", "alarm", "calm");
    }

    @Test
    void aPartialNews2SaysWhatIsMissingAndAQuietPatientIsStale() throws Exception {
        PatientWatch p = new PatientWatch("p");
        p.card(new PatientCard("p", "Muster", "Anna", LocalDate.of(1950, 3, 1), "female", 1,
                new News2Score(3, "low-medium", true, List.of("respiratory-rate", "consciousness"))));
        assertThat(p.news2Text()).isEqualTo("NEWS2 ≥3 partial — missing respiratory rate, consciousness");
        p.observe("spo2", 96, "%", Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(p.stale(Instant.parse("2026-01-01T10:00:30Z"), Duration.ofSeconds(60))).isFalse();
        assertThat(p.stale(Instant.parse("2026-01-01T10:02:00Z"), Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void theAlarmBoardKeepsAnUrgentAlertUntilSomeoneActs() {
        AlarmBoard board = new AlarmBoard();
        OpenAlert raised = new OpenAlert("a", "p", "threshold:heart-rate:high", "urgent", "open", "heart rate 190", Instant.now());
        assertThat(board.step(raised)).isTrue();
        assertThat(board.step(new OpenAlert("w", "p", "news2", "warning", "open", "NEWS2 5", Instant.now()))).as("a warning does not sound").isFalse();
        assertThat(board.top()).contains(raised);
        assertThat(board.step(new OpenAlert("a", "p", "x", "urgent", "snoozed", "", Instant.now()))).isTrue();
        assertThat(board.quiet()).isTrue();
    }

    private static PatientCard card(String id, String name, int news2) {
        return new PatientCard(id, "Muster", name, LocalDate.of(1950, 1, 1), "female", 1, new News2Score(news2, "low", false, List.of()));
    }

    private static StationMessage observations(String patient, String kind, double value, String at) throws Exception {
        JsonNode data = JSON.readTree("{\"observations\":[{\"measurementId\":\"" + patient + "-" + kind + "-" + at + "\",\"kind\":\"" + kind + "\",\"value\":" + value + ",\"unit\":\"/min\",\"measuredAt\":\""
                + at + "\"}]}");
        return new StationMessage(1L, "observations", patient, data, data);
    }

    private static StationMessage alert(String patient, String id, String severity, String state) throws Exception {
        JsonNode data = JSON.readTree("{\"alertId\":\"" + id + "\",\"condition\":\"threshold:heart-rate:high\",\"severity\":\"" + severity
                + "\",\"state\":\"" + state + "\",\"message\":\"heart rate high\",\"at\":\"2026-01-01T10:00:00Z\"}");
        return new StationMessage(2L, "alert", patient, data, data);
    }
}

package org.vigil.care.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.ClockSkewPolicy;
import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.IngestStatus;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.ObservationInput;
import org.vigil.care.domain.observation.ObservationValidator;
import org.vigil.care.infrastructure.jdbc.JdbcObservationStore;
import org.vigil.care.support.CareSchema;

/** A batch end to end against the real store on H2: what the REST resource will answer. */
class ObservationIngestTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private ObservationIngest ingest;
    private UUID patient;

    @BeforeEach
    void setUp() throws SQLException {
        DataSource ds = CareSchema.h2(false);
        patient = CareSchema.insertPatient(ds);
        ingest = new ObservationIngest(new ObservationValidator(ClockSkewPolicy.DEFAULT), new JdbcObservationStore(ds));
    }

    private static ObservationInput hr(UUID id, double value) {
        return new ObservationInput(id, "heart-rate", value, "/min", NOW.minusSeconds(10), "AA:BB:CC:DD:EE:FF");
    }

    @Test
    void goodItemsAreStoredAndBadOnesReportedInTheOrderReceived() {
        UUID a = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        IngestOutcome outcome = ingest.ingest(patient, "gw", List.of(hr(a, 70), hr(bad, 999), hr(b, 71)), NOW);

        assertThat(outcome.results()).extracting(IngestResult::measurementId).containsExactly(a, bad, b);
        assertThat(outcome.results()).extracting(IngestResult::status)
                .containsExactly(IngestStatus.STORED, IngestStatus.REJECTED, IngestStatus.STORED);
        assertThat(outcome.results().get(1).reason()).contains("impossible");
        assertThat(outcome.stored()).extracting(NewObservation::measurementId).containsExactly(a, b);
    }

    @Test
    void aRetriedBatchStoresNothingAndAnswersDuplicateForWhatWasHeld() {
        List<ObservationInput> batch = List.of(hr(UUID.randomUUID(), 70), hr(UUID.randomUUID(), 999), hr(UUID.randomUUID(), 72));
        ingest.ingest(patient, "gw", batch, NOW);

        IngestOutcome retry = ingest.ingest(patient, "gw", batch, NOW.plusSeconds(30));

        assertThat(retry.results()).extracting(IngestResult::status)
                .containsExactly(IngestStatus.DUPLICATE, IngestStatus.REJECTED, IngestStatus.DUPLICATE);
        assertThat(retry.stored()).as("nothing to publish twice").isEmpty();
    }

    @Test
    void anIdRepeatedInsideOneBatchIsStoredOnceAndPublishedOnce() {
        UUID id = UUID.randomUUID();

        IngestOutcome outcome = ingest.ingest(patient, "gw", List.of(hr(id, 70), hr(id, 70)), NOW);

        assertThat(outcome.results()).extracting(IngestResult::status).containsExactly(IngestStatus.STORED, IngestStatus.DUPLICATE);
        assertThat(outcome.stored()).hasSize(1);
    }

    @Test
    void aBatchOfOnlyBadItemsTouchesNothing() {
        IngestOutcome outcome = ingest.ingest(patient, "gw", List.of(hr(UUID.randomUUID(), -1)), NOW);

        assertThat(outcome.results()).extracting(IngestResult::status).containsExactly(IngestStatus.REJECTED);
        assertThat(outcome.stored()).isEmpty();
    }
}

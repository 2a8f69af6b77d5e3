package org.vigil.care.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.CursorCodec;
import org.vigil.care.domain.series.InvalidCursorException;
import org.vigil.care.infrastructure.jdbc.JdbcObservationSeries;
import org.vigil.care.infrastructure.jdbc.JdbcObservationStore;
import org.vigil.care.infrastructure.jdbc.JdbcVitalSigns;
import org.vigil.care.support.CareSchema;

/** Searches over a real (H2) series: streams, panels, minutes, pages that add up to the whole. */
class FhirObservationSearchTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private final DataSource ds = CareSchema.h2(false);
    private final FhirObservationSearch search = new FhirObservationSearch(new JdbcVitalSigns(ds), new JdbcObservationSeries(ds),
            new CursorCodec(new byte[32]));
    private UUID patient;
    private UUID systolic;

    @BeforeEach
    void storedVitals() throws Exception {
        patient = CareSchema.insertPatient(ds);
        List<NewObservation> rows = new ArrayList<>();
        for (int s = 0; s < 150; s++) {
            rows.add(row(VitalKind.HEART_RATE, 70 + s % 3, T0.plusSeconds(s)));
        }
        for (int r = 0; r < 3; r++) {
            Instant cuff = T0.plusSeconds(300 + 60L * r);
            NewObservation sys = row(VitalKind.SYSTOLIC_PRESSURE, 120 + r, cuff);
            systolic = r == 0 ? sys.measurementId() : systolic;
            rows.add(sys);
            rows.add(row(VitalKind.DIASTOLIC_PRESSURE, 80 + r, cuff));
        }
        rows.add(row(VitalKind.SYSTOLIC_PRESSURE, 150, T0.plusSeconds(999)));
        rows.add(row(VitalKind.SPO2, 97, T0.plusSeconds(10)));
        rows.add(row(VitalKind.AMBIENT_TEMPERATURE, 21, T0.plusSeconds(10)));
        new JdbcObservationStore(ds).insertNew(rows);
    }

    private NewObservation row(VitalKind kind, double value, Instant at) {
        return new NewObservation(UUID.randomUUID(), patient, kind, value, at, at, "dev", "gw", null);
    }

    private ObservationQuery all(int count) {
        return new ObservationQuery(patient, EnumSet.allOf(ObservationStream.class), T0.minusSeconds(3600), T0.plusSeconds(3600), count);
    }

    @Test
    void panelsPairTheCuffsValuesMinutesAggregateAndTheRoomIsNotPublished() {
        ObservationSearchPage page = search.search(all(100), Optional.empty());

        assertThat(page.nextPageToken()).isEmpty();
        assertThat(page.observations()).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly("85354-9", "85354-9", "85354-9", "8867-4", "8867-4", "8867-4", "59408-5");
        Observation panel = page.observations().get(0);
        assertThat(panel.getComponent()).hasSize(2);
        assertThat(panel.getComponent().get(1).getValueQuantity().getValue().doubleValue()).isEqualTo(80.0);
        assertThat(page.observations().get(5).getNoteFirstRep().getText()).startsWith("mean of 30 readings");
        page.observations().forEach(o -> assertThat(R4Validation.errors(o)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 7})
    void pagesOfAnySizeAddUpToTheWholeWithoutRepeats(int count) {
        List<String> ids = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            ObservationSearchPage page = search.search(all(count), token);
            assertThat(page.observations().size()).isLessThanOrEqualTo(count);
            page.observations().forEach(o -> ids.add(o.getIdElement().getIdPart()));
            token = page.nextPageToken();
            pages++;
        } while (token.isPresent() && pages < 50);

        assertThat(ids).hasSize(7).doesNotHaveDuplicates()
                .containsExactlyElementsOf(search.search(all(100), Optional.empty()).observations().stream().map(o -> o.getIdElement().getIdPart()).toList());
    }

    @Test
    void aPageTokenServesOnlyItsOwnQuery() {
        String token = search.search(all(1), Optional.empty()).nextPageToken().orElseThrow();
        ObservationQuery shifted = new ObservationQuery(patient, EnumSet.allOf(ObservationStream.class), T0, T0.plusSeconds(3600), 1);
        ObservationQuery otherPatient = new ObservationQuery(UUID.randomUUID(), EnumSet.allOf(ObservationStream.class), T0.minusSeconds(3600),
                T0.plusSeconds(3600), 1);

        assertThatThrownBy(() -> search.search(shifted, Optional.of(token))).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> search.search(otherPatient, Optional.of(token))).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> search.search(all(1), Optional.of("NO_SUCH_STREAM.abc"))).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void readsFindPanelsByTheSystolicIdAndMinutesByTheirId() {
        Observation panel = search.read(systolic.toString()).orElseThrow();
        assertThat(panel.getComponent()).hasSize(2);
        assertThat(search.patientOf(systolic.toString())).contains(patient);

        String minute = "hr-" + patient + "-" + T0.getEpochSecond() / 60;
        assertThat(search.read(minute).orElseThrow().getValueQuantity().getValue().doubleValue()).isEqualTo(71.0);
        assertThat(search.patientOf(minute)).contains(patient);
        assertThat(search.read("hr-" + patient + "-1")).isEmpty();
        assertThat(search.read(UUID.randomUUID().toString())).isEmpty();
        assertThat(search.read("not-an-id")).isEmpty();
    }

    @Test
    void minutesStartAtTheFirstWholeMinuteOfTheRange() {
        assertThat(FhirObservationSearch.ceilToMinute(Instant.parse("2026-11-24T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(FhirObservationSearch.ceilToMinute(Instant.parse("2026-11-24T10:00:00.001Z"))).isEqualTo(Instant.parse("2026-11-24T10:01:00Z"));
        assertThat(FhirObservationSearch.ceilToMinute(Instant.parse("2026-11-24T10:00:59Z"))).isEqualTo(Instant.parse("2026-11-24T10:01:00Z"));
    }
}

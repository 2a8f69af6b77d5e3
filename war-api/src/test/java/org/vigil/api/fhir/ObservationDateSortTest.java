package org.vigil.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ObservationDateSortTest {

    private final List<Observation> page = List.of(at("2026-11-24T10:00:05Z"), at("2026-11-24T10:00:01Z"), at("2026-11-24T10:00:03Z"));

    @Test
    void aWholeResultSortsEitherWay() {
        assertThat(ObservationDateSort.sorted("date", page, 3, true)).hasValueSatisfying(s -> assertThat(times(s)).isSorted());
        assertThat(ObservationDateSort.sorted("-date", page, 3, true)).hasValueSatisfying(s -> assertThat(times(s)).containsExactly(
                Instant.parse("2026-11-24T10:00:05Z"), Instant.parse("2026-11-24T10:00:03Z"), Instant.parse("2026-11-24T10:00:01Z")));
    }

    @Test
    void pagesSortOnlyAscendingWithinOneStream() {
        assertThat(ObservationDateSort.sorted("date", page, 1, false)).isPresent();
        assertThat(ObservationDateSort.sorted("date", page, 2, false)).isEmpty();
        assertThat(ObservationDateSort.sorted("-date", page, 1, false)).isEmpty();
        assertThat(ObservationDateSort.sorted("code", page, 1, true)).isEmpty();
    }

    private static Observation at(String time) {
        return new Observation().setEffective(new DateTimeType(Date.from(Instant.parse(time))));
    }

    private static List<Instant> times(List<Observation> observations) {
        return observations.stream().map(o -> o.getEffectiveDateTimeType().getValue().toInstant()).toList();
    }
}

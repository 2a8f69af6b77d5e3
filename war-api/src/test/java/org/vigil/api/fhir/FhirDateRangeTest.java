package org.vigil.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FhirDateRangeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-11-24, 2026-11-24T00:00:00Z, 2026-11-25T00:00:00Z",
            "eq2026-11, 2026-11-01T00:00:00Z, 2026-12-01T00:00:00Z",
            "ge2026, 2026-01-01T00:00:00Z, 2999-01-01T00:00:00Z",
            "le2026-11-24, 2000-01-01T00:00:00Z, 2026-11-25T00:00:00Z",
            "lt2026-11-24, 2000-01-01T00:00:00Z, 2026-11-24T00:00:00Z",
            "gt2026-11-24T10:00:00+01:00, 2026-11-24T09:00:01Z, 2999-01-01T00:00:00Z",
            "ge2026-11-24T10:00:00.250Z, 2026-11-24T10:00:00.250Z, 2999-01-01T00:00:00Z",
            "ge2026-11-24T10:00:00, 2026-11-24T10:00:00Z, 2999-01-01T00:00:00Z",
            "le2026-11-24T10:00:07, 2000-01-01T00:00:00Z, 2026-11-24T10:00:08Z",
            "2026-11-24T10:15, 2026-11-24T10:15:00Z, 2026-11-24T10:16:00Z"})
    void eachValueMeansTheWholeSpanOfItsPrecisionAndWithoutAZoneIsUtc(String value, Instant from, Instant to) {
        assertThat(FhirDateRange.parse(List.of(value))).isEqualTo(new FhirDateRange(from, to));
    }

    @Test
    void severalValuesNarrowTogether() {
        assertThat(FhirDateRange.parse(List.of("ge2026-11-24T08:00:00Z", "le2026-11-24T09:00:00Z")))
                .isEqualTo(new FhirDateRange(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T09:00:01Z")));
        assertThat(FhirDateRange.parse(List.of())).isEqualTo(new FhirDateRange(FhirDateRange.EARLIEST, FhirDateRange.LATEST));
    }

    @Test
    void whatIsNoFhirDateIsRefused() {
        assertThatThrownBy(() -> FhirDateRange.parse(List.of("ge24.11.2026"))).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> FhirDateRange.parse(List.of("ge2026-11-24T10"))).as("hours only").isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> FhirDateRange.parse(List.of("ge2026-11-24T10:00:00+1"))).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> FhirDateRange.parse(List.of("sa2026-11-24"))).isInstanceOf(InvalidSearchException.class);
    }
}

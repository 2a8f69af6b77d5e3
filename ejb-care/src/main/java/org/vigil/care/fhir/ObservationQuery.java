package org.vigil.care.fhir;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A FHIR Observation search, already understood: one patient, the streams its code and category
 * select, the measurement time range [{@code from}, {@code to}), and the page size.
 */
public record ObservationQuery(UUID patientId, Set<ObservationStream> streams, Instant from, Instant to, int count) {

    public ObservationQuery {
        streams = streams.isEmpty() ? EnumSet.noneOf(ObservationStream.class) : EnumSet.copyOf(streams);
    }

    /** What a page token is bound to: a token of one query is refused by another. */
    String signature() {
        return "fhir-observation|" + streams.stream().map(Enum::name).collect(Collectors.joining(",")) + "|" + from + "|" + to;
    }
}

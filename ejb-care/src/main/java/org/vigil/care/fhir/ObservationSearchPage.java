package org.vigil.care.fhir;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Observation;

/** One page of a search's Observations and the token of the next page, when there is more. */
public record ObservationSearchPage(List<Observation> observations, Optional<String> nextPageToken) {

    public ObservationSearchPage {
        observations = List.copyOf(observations);
    }
}

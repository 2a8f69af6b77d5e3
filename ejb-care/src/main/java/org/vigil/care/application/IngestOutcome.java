package org.vigil.care.application;

import java.util.List;

import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.NewObservation;

/**
 * The answer to a batch, one result per item in the order received, and the observations this
 * upload newly stored: the only ones to evaluate alerts on and to publish to stations, after
 * the transaction commits.
 */
public record IngestOutcome(List<IngestResult> results, List<NewObservation> stored) {

    public IngestOutcome {
        results = List.copyOf(results);
        stored = List.copyOf(stored);
    }
}

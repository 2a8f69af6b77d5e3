package org.vigil.client.sdk.care;

import java.util.List;

/** The server's answer to a batch: one result per observation it understood. */
public record ObservationsResponse(List<ObservationResult> results) {

    public ObservationsResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}

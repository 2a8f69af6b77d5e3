package org.vigil.client.sdk.care;

import java.util.List;

/** The body of {@code POST /api/v1/observations}: one batch. */
public record ObservationsRequest(List<Observation> observations) {

    public ObservationsRequest {
        observations = List.copyOf(observations);
    }
}

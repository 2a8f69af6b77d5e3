package org.vigil.care.domain.observation;

import java.util.Optional;

/** The validator's verdict on one item: the observation to store, or why it is rejected. */
public record Validated(Optional<NewObservation> observation, Optional<String> rejection) {

    static Validated accept(NewObservation observation) {
        return new Validated(Optional.of(observation), Optional.empty());
    }

    static Validated reject(String reason) {
        return new Validated(Optional.empty(), Optional.of(reason));
    }

    public boolean accepted() {
        return observation.isPresent();
    }
}

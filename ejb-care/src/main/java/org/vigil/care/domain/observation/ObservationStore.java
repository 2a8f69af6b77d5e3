package org.vigil.care.domain.observation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where validated observations go: each measurement id is stored at most once, ever. */
public interface ObservationStore {

    /**
     * Stores the observations whose measurement id is not stored yet, in the caller's transaction.
     *
     * @param observations distinct measurement ids
     * @return the measurement ids stored by this call; the others were already there
     */
    Set<UUID> insertNew(List<NewObservation> observations);
}

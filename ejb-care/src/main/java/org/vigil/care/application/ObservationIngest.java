package org.vigil.care.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.ObservationInput;
import org.vigil.care.domain.observation.ObservationStore;
import org.vigil.care.domain.observation.ObservationValidator;
import org.vigil.care.domain.observation.Validated;

/**
 * The ingest path of one batch from one gateway for its own patient: validate every item, store
 * the good ones in one write, report each item. A bad item never spoils the batch. Retrying a
 * batch is harmless: ids already held answer {@code duplicate}, and an id repeated inside a batch
 * is stored once.
 */
public final class ObservationIngest {

    private final ObservationValidator validator;
    private final ObservationStore store;

    public ObservationIngest(ObservationValidator validator, ObservationStore store) {
        this.validator = validator;
        this.store = store;
    }

    public IngestOutcome ingest(UUID patientId, String gatewayClient, List<ObservationInput> items, Instant receivedAt) {
        Validated[] verdicts = new Validated[items.size()];
        Map<UUID, NewObservation> candidates = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            verdicts[i] = validator.validate(items.get(i), patientId, gatewayClient, receivedAt);
            verdicts[i].observation().ifPresent(o -> candidates.putIfAbsent(o.measurementId(), o));
        }
        Set<UUID> inserted = candidates.isEmpty() ? Set.of() : store.insertNew(List.copyOf(candidates.values()));

        List<IngestResult> results = new ArrayList<>(items.size());
        List<NewObservation> stored = new ArrayList<>(inserted.size());
        for (int i = 0; i < items.size(); i++) {
            UUID id = items.get(i).measurementId();
            if (!verdicts[i].accepted()) {
                results.add(IngestResult.rejected(id, verdicts[i].rejection().orElseThrow()));
            } else if (candidates.get(id) == verdicts[i].observation().orElseThrow() && inserted.contains(id)) {
                results.add(IngestResult.stored(id));
                stored.add(candidates.get(id));
            } else {
                results.add(IngestResult.duplicate(id));
            }
        }
        return new IngestOutcome(results, stored);
    }
}

package org.vigil.care.application;

import java.util.List;

import jakarta.ejb.Local;

import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.ObservationInput;

/** Vitals from a gateway, for the one patient it is enrolled to. */
@Local
public interface ObservationService {

    /**
     * Stores the batch's good items once each and reports every item.
     *
     * @throws UnknownGatewayException when the client is no active gateway
     */
    List<IngestResult> ingest(String gatewayClientId, List<ObservationInput> items);
}

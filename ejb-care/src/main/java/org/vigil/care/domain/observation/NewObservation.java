package org.vigil.care.domain.observation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A validated observation ready to be stored: what the ingest path writes in one JDBC batch.
 * {@code device} is the measuring device's address; {@code gatewayClient} the OAuth client that
 * uploaded it, null when a nurse or doctor entered it ({@code enteredBy} then says who).
 */
public record NewObservation(UUID measurementId, UUID patientId, VitalKind kind, double value, Instant measuredAt,
        Instant receivedAt, String device, String gatewayClient, UUID enteredBy) {

    public NewObservation {
        Objects.requireNonNull(measurementId, "measurementId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public VitalSign vitalSign() {
        return new VitalSign(measurementId, patientId, kind, value, measuredAt, device);
    }
}

package org.vigil.care.domain.series;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vigil.care.domain.observation.VitalKind;

/** Whole stored values of a patient, as FHIR publishes them one by one. */
public interface VitalSigns {

    /** Up to {@code limit} values of a kind in [{@code from}, {@code to}) after {@code after}, oldest first. */
    VitalSignPage page(UUID patientId, VitalKind kind, Instant from, Instant to, Optional<Cursor> after, int limit);

    /** Every value of a kind measured in [{@code first}, {@code last}]: the companions of a page (the rest of a blood pressure reading). */
    List<StoredVitalSign> between(UUID patientId, VitalKind kind, Instant first, Instant last);

    Optional<StoredVitalSign> byMeasurementId(UUID measurementId);
}

package org.vigil.care.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vigil.care.fhir.PatientDataAccess;

/** The append-only record of who read which patient's data. */
public interface ReadAuditLog {

    /** Appends in the caller's transaction: the read and its record commit together or not at all. */
    void record(PatientDataAccess access);

    /** A patient's records, newest first, older than the position {@code before} when given. */
    List<RecordedAccess> newestFirst(UUID patientId, Optional<Long> before, int limit);
}

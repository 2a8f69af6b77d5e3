package org.vigil.care.domain.audit;

import java.util.List;
import java.util.Optional;

import org.vigil.care.fhir.PatientDataAccess;

/** The append-only record of who read which patient's data. */
public interface ReadAuditLog {

    /** Appends in the caller's transaction: the read and its record commit together or not at all. */
    void record(PatientDataAccess access);

    /** A patient's records the query selects, in its order, past the position {@code after} when given; at most {@code limit}. */
    List<RecordedAccess> trail(AuditTrailQuery query, Optional<Long> after, int limit);

    /** How many records the query selects in all: a search's {@code total}. */
    long count(AuditTrailQuery query);
}

package org.vigil.care.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.fhir.PatientDataAccess;

/**
 * The reads of patient data, searched across patients for the console's audit trail: by who
 * read ({@code actorId} as recorded: an account id or a device client id), which patient, and
 * when (from inclusive, to exclusive); newest first. Callers authorize and record the search.
 */
@Local
public interface ReadAuditSearch {

    List<PatientDataAccess> search(Optional<String> actorId, Optional<UUID> patientId, Optional<Instant> from, Optional<Instant> to,
                                   int limit);
}

package org.vigil.care.domain.audit;

import org.vigil.care.fhir.PatientDataAccess;

/** A stored audit record and its position in the trail (for paging). */
public record RecordedAccess(long position, PatientDataAccess access) {
}

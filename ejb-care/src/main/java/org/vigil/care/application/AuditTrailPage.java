package org.vigil.care.application;

import java.util.List;
import java.util.Optional;

import org.vigil.care.fhir.PatientDataAccess;

/** A page of a patient's read audit trail, newest first, and the token of the next page. */
public record AuditTrailPage(List<PatientDataAccess> accesses, Optional<String> nextPageToken) {

    public AuditTrailPage {
        accesses = List.copyOf(accesses);
    }
}

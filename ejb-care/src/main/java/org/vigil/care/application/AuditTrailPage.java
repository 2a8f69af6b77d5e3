package org.vigil.care.application;

import java.util.List;
import java.util.Optional;

import org.vigil.care.fhir.PatientDataAccess;

/** A page of a patient's read audit trail, the token of the next page, and how many records the search selects in all. */
public record AuditTrailPage(List<PatientDataAccess> accesses, Optional<String> nextPageToken, long total) {

    public AuditTrailPage {
        accesses = List.copyOf(accesses);
    }
}

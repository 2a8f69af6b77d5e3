package org.vigil.care.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.audit.AuditTrailQuery;
import org.vigil.care.fhir.ObservationQuery;
import org.vigil.care.fhir.ObservationSearchPage;

/**
 * The FHIR R4 read API's business side: the same access rule and audit as every read of patient
 * data, answered as HAPI resources. {@code what} is the FHIR request as the audit trail keeps it
 * ({@code Patient/123}, or the query of a search).
 */
@Local
public interface FhirReads {

    /** @throws ReadRefusedException without standing, also for an id no patient has */
    Patient patient(Requester requester, UUID patientId, String what);

    /** The patients the requester may read (all of them, or the one {@code id} names); each one found is audited. */
    List<Patient> patients(Requester requester, Optional<UUID> id, String what);

    ObservationSearchPage observations(Requester requester, ObservationQuery query, Optional<String> pageToken, String what);

    /** @return empty when no published Observation has this id */
    Optional<Observation> observation(Requester requester, String id, String what);

    /**
     * The read audit trail of one patient, as the query selects and orders it, for admins; reading it is itself recorded.
     *
     * @throws AuditReadRefusedException for anyone but an admin
     */
    AuditTrailPage auditTrail(Requester admin, AuditTrailQuery query, Optional<String> pageToken, String what);
}

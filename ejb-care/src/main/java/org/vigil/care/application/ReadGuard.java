package org.vigil.care.application;

import java.time.Instant;
import java.util.UUID;

import org.vigil.care.domain.access.PatientAccessPolicy;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.access.Standing;
import org.vigil.care.domain.audit.ReadAuditLog;
import org.vigil.care.fhir.PatientDataAccess;

/**
 * Every read of patient data passes here first: the policy decides, and the decision is recorded
 * in the caller's transaction whichever way it goes. An allowed read commits with its record (a
 * read whose record cannot be written fails); a refused one is recorded and refused.
 */
public final class ReadGuard {

    private final PatientAccessPolicy policy;
    private final ReadAuditLog log;

    public ReadGuard(PatientAccessPolicy policy, ReadAuditLog log) {
        this.policy = policy;
        this.log = log;
    }

    /** @throws ReadRefusedException when the requester has no standing for the patient */
    public Standing admit(Requester requester, UUID patientId, String what, boolean search) {
        Standing standing = policy.standing(requester, patientId);
        record(requester, patientId, what, search, standing.mayRead());
        if (!standing.mayRead()) {
            throw new ReadRefusedException();
        }
        return standing;
    }

    /**
     * The same for one FHIR interaction on {@code resourceType}, where an outside application's SMART scopes count
     * ({@link PatientAccessPolicy#standing(Requester, UUID, String, boolean)}).
     *
     * @throws ReadRefusedException when the requester has no standing for the patient
     */
    public Standing admitFhir(Requester requester, UUID patientId, String resourceType, String what, boolean search) {
        Standing standing = policy.standing(requester, patientId, resourceType, search);
        record(requester, patientId, what, search, standing.mayRead());
        if (!standing.mayRead()) {
            throw new ReadRefusedException();
        }
        return standing;
    }

    /** Records a read whose standing was established otherwise (a search's result, an admin's audit read). */
    public void record(Requester requester, UUID patientId, String what, boolean search, boolean succeeded) {
        log.record(new PatientDataAccess(UUID.randomUUID(), Instant.now(), requester.subject(), requester.rolesText(), requester.clientId(),
                requester.address(), patientId, what, search, succeeded));
    }
}

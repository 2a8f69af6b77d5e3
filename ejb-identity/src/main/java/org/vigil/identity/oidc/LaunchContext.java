package org.vigil.identity.oidc;

import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.vigil.platform.patients.PatientRecords;

/** The patient a SMART standalone launch is for: the signed-in person's own record, as the care records know it. */
@ApplicationScoped
public class LaunchContext {

    @EJB
    PatientRecords records;

    public Optional<UUID> patientOf(UUID accountId) {
        return records.patientOf(accountId);
    }
}

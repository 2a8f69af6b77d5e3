package org.vigil.admin.devices;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.care.application.CareAdministration;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.oidc.DeviceEnrollments;

/**
 * One-time codes devices enroll themselves with (see {@code vigil-gateway-enroll}), as the admin
 * API's {@code POST /api/v1/admin/device-enrollments} issues them: a gateway's for one patient's home.
 */
@ApplicationScoped
public class EnrollmentFacade {

    @EJB
    DeviceEnrollments enrollments;

    @EJB
    CareAdministration care;

    @Inject
    ConsoleUser user;


    /** @return the code, shown once */
    @Transactional
    public String issue(String role, UUID patientId) {
        user.require(ConsoleRole.ADMIN);
        if ("gateway".equals(role)) {
            if (patientId == null) {
                throw new InvalidFieldException("patientId", "a gateway is enrolled to a patient's home");
            }
            care.requirePatient(user.caller(), patientId);
        }
        // DeviceEnrollments checks the caller and records the issue itself, as for the admin API
        return enrollments.issue(user.caller(), role, patientId == null ? null : patientId.toString());
    }
}

package org.vigil.admin.devices;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.care.CareFacade;
import org.vigil.admin.ui.Feedback;
import org.vigil.care.application.PatientSummary;
import org.vigil.identity.oidc.DeviceEnrollments;

/** The device enrollment page: a code for a gateway (one patient's home), a station or a KYC terminal. */
@Named
@ViewScoped
public class DeviceEnrollmentView implements Serializable {

    @Inject
    EnrollmentFacade enrollments;

    @Inject
    CareFacade care;

    private List<PatientSummary> patients = List.of();
    private String role = "gateway";
    private UUID patientId;
    private String code;
    private String codeFor;

    public void issue() {
        Feedback.attempt(() -> enrollments.issue(role, "gateway".equals(role) ? patientId : null)).ifPresent(c -> {
            code = c;
            codeFor = role;
        });
    }

    public List<String> getRoles() {
        return List.of("gateway", "station", "kyc-terminal");
    }

    @jakarta.annotation.PostConstruct
    void load() {
        patients = care.patientsForChoice();
    }

    public List<PatientSummary> getPatients() {
        return patients;
    }

    public String getValidFor() {
        return DeviceEnrollments.CODE_LIFETIME.toHours() + " hours";
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public void setPatientId(UUID patientId) {
        this.patientId = patientId;
    }

    public String getCode() {
        return code;
    }

    public String getCodeFor() {
        return codeFor;
    }
}

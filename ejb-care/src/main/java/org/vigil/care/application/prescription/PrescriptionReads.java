package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.access.Requester;

/**
 * Reading prescriptions: the patient, the patient's care team and assigned stations (the rule of
 * {@link org.vigil.care.domain.access.PatientAccessPolicy}), the prescribing doctor, and the
 * pharmacists of its pharmacy once it arrived there. Every read is audited as a read of patient
 * data, refusals too; {@code what} is the request as the audit trail keeps it.
 */
@Local
public interface PrescriptionReads {

    PrescriptionView read(Requester requester, UUID prescriptionId, String what);

    /** The patient's prescriptions, newest first. */
    List<PrescriptionView> forPatient(Requester requester, UUID patientId, String what);

    /** The signed PDF once there is one, else the rendering awaiting signature. */
    PrescriptionFile pdf(Requester requester, UUID prescriptionId, String what);

    /** DSS's reports of the check on arrival. */
    SignatureReport signatureReport(Requester requester, UUID prescriptionId, String what);

    /** What the QR code's URL shows anyone: no patient data. Empty for an unknown code. */
    java.util.Optional<VerificationView> verification(String code);
}

package org.vigil.care.application.prescription;

import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.prescription.SignatureFindings;

/**
 * The pharmacy side of the routing queue ({@value #QUEUE}): a message names a signed
 * prescription; its consumer validates the signed PDF and reports what it found, and the
 * prescription then reaches its pharmacy or goes back to its doctor.
 */
@Local
public interface PrescriptionRouting {

    String QUEUE = "java:/jms/queue/vigil/prescriptions";
    /** The message's one property: the prescription's id. */
    String PRESCRIPTION_ID = "prescriptionId";

    /** The prescription, if it still waits for its check (a redelivered message finds it checked already). */
    Optional<RoutedPrescription> awaitingCheck(UUID prescriptionId);

    /** Records the check and moves the prescription to its pharmacy's inbox, or back to the doctor with the reason. */
    void arrived(UUID prescriptionId, SignatureFindings findings);
}

package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.prescription.CourierStep;

/**
 * The patient's nurse, on her authenticator: what she has to pick up and deliver, and her signed
 * confirmations of each (a JWS of her device over the prescription and the step, see
 * {@link org.vigil.care.domain.prescription.CourierConfirmation}). Only a current nurse of the
 * patient's care team picks up; only the nurse who picked it up delivers.
 */
@Local
public interface CourierService {

    List<CourierTask> tasks(UUID nurse);

    PrescriptionView confirm(CourierDevice device, UUID prescriptionId, CourierStep step, String confirmation, String clientAddress);
}

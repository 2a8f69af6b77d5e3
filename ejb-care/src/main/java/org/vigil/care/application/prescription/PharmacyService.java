package org.vigil.care.application.prescription;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.prescription.PrescriptionStatus;

/**
 * A pharmacist's work (a token of role {@code pharmacist} from one of Vigil's own applications,
 * and a current member of the pharmacy): the inbox, and one step per action — verified, in
 * preparation, ready, or rejected with a reason. Each action is recorded with who took it; reads
 * are audited. Pharmacy systems over REST and the console's pharmacist pages both come through here.
 */
@Local
public interface PharmacyService {

    /** The pharmacies the pharmacist works for. */
    List<PharmacyView> pharmacies(Requester pharmacist);

    /** The pharmacy's prescriptions in these statuses (all it has when empty), oldest first. */
    List<PrescriptionView> inbox(Requester pharmacist, UUID pharmacyId, Set<PrescriptionStatus> statuses, String what);

    /** Moves the prescription one step: {@code VERIFIED}, {@code IN_PREPARATION}, {@code READY}, or {@code REJECTED} with a reason. */
    PrescriptionView advance(Requester pharmacist, UUID prescriptionId, PrescriptionStatus to, String reason);
}

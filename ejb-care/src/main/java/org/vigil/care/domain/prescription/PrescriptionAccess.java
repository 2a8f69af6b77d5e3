package org.vigil.care.domain.prescription;

import java.util.UUID;

import org.vigil.care.domain.access.CareRelations;
import org.vigil.care.domain.access.PatientAccessPolicy;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.access.StationAssignments;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.pharmacy.PharmacyMembership;

/**
 * Who may do what with prescriptions, over the care records as they are now:
 *
 * <ul>
 * <li>prescribe for a patient (draft, sign, cancel): a person's token of role {@code doctor} whose
 *     account is on the patient's care team as a doctor, or which was issued to a monitoring
 *     station's client (the doctor signed in there by CIBA) while the patient is assigned to it;</li>
 * <li>read: whoever reads the patient's data ({@link PatientAccessPolicy}), the prescribing doctor,
 *     and the pharmacists of its pharmacy once it has arrived there (never one that failed its check);</li>
 * <li>act for the pharmacy: a token of role {@code pharmacist} whose account works there now.</li>
 * </ul>
 * Roles count only in tokens of Vigil's own applications; the {@link Requester} already carries none otherwise.
 */
public final class PrescriptionAccess {

    private final CareRelations relations;
    private final StationAssignments assignments;
    private final PharmacyMembership pharmacies;

    public PrescriptionAccess(CareRelations relations, StationAssignments assignments, PharmacyMembership pharmacies) {
        this.relations = relations;
        this.assignments = assignments;
        this.pharmacies = pharmacies;
    }

    public boolean mayPrescribe(Requester requester, UUID patientId) {
        if (!requester.person() || !requester.hasRole("doctor") || requester.accountId().isEmpty()) {
            return false;
        }
        return relations.careTeamRoles(patientId, requester.accountId().get()).contains(CareRole.DOCTOR)
                || assignments.watches(requester.clientId(), patientId);
    }

    public boolean mayRead(Requester requester, Prescription prescription) {
        if (new PatientAccessPolicy(relations, assignments).standing(requester, prescription.patientId()).mayRead()) {
            return true;
        }
        if (isPrescriber(requester, prescription)) {
            return true;
        }
        return prescription.status().atPharmacy() && mayActFor(requester, prescription.pharmacyId());
    }

    public boolean mayActFor(Requester requester, UUID pharmacyId) {
        return requester.person() && requester.hasRole("pharmacist") && requester.accountId().isPresent()
                && pharmacies.works(requester.accountId().get(), pharmacyId);
    }

    private static boolean isPrescriber(Requester requester, Prescription prescription) {
        return requester.person() && requester.hasRole("doctor")
                && requester.accountId().map(prescription.prescriberId()::equals).orElse(false);
    }
}

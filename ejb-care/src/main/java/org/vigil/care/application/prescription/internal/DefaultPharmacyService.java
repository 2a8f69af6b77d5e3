package org.vigil.care.application.prescription.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PharmacyService;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.pharmacy.Pharmacist;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.InvalidPrescriptionException;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionStateException;
import org.vigil.care.domain.prescription.PrescriptionStatus;

@Stateless
public class DefaultPharmacyService implements PharmacyService {

    private static final int INBOX_LIMIT = 500;
    private static final Set<PrescriptionStatus> AT_PHARMACY = EnumSet.of(PrescriptionStatus.RECEIVED, PrescriptionStatus.VERIFIED,
            PrescriptionStatus.IN_PREPARATION, PrescriptionStatus.READY, PrescriptionStatus.PICKED_UP, PrescriptionStatus.DELIVERED,
            PrescriptionStatus.REJECTED);

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Inject
    PrescriptionLedger ledger;

    @Override
    public List<PharmacyView> pharmacies(Requester pharmacist) {
        if (!pharmacist.hasRole("pharmacist") || pharmacist.accountId().isEmpty()) {
            throw CareRefusal.forbidden("This call needs a pharmacist's token.");
        }
        return em.createQuery("select p from Pharmacist p where p.accountId = :a and p.until is null", Pharmacist.class)
                .setParameter("a", pharmacist.accountId().get()).getResultStream()
                .map(m -> DefaultPharmacyAdministration.view(em, em.find(Pharmacy.class, m.pharmacyId()))).toList();
    }

    @Override
    public List<PrescriptionView> inbox(Requester pharmacist, UUID pharmacyId, Set<PrescriptionStatus> statuses, String what) {
        records.pharmacy(pharmacyId);
        requirePharmacist(pharmacist, pharmacyId);
        Set<PrescriptionStatus> wanted = statuses == null || statuses.isEmpty() ? AT_PHARMACY : EnumSet.copyOf(statuses);
        wanted.retainAll(AT_PHARMACY);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Prescription> found = em.createQuery("select p from Prescription p where p.pharmacyId = :ph and p.status in :s "
                        + "order by p.createdAt", Prescription.class)
                .setParameter("ph", pharmacyId).setParameter("s", wanted).setMaxResults(INBOX_LIMIT).getResultList();
        found.stream().map(Prescription::patientId).distinct()
                .forEach(patient -> records.guard().record(pharmacist, patient, what, true, true));
        return found.stream().map(records::view).toList();
    }

    @Override
    public PrescriptionView advance(Requester pharmacist, UUID prescriptionId, PrescriptionStatus to, String reason) {
        Prescription prescription = records.find(prescriptionId, true);
        if (!prescription.status().atPharmacy() || !records.access().mayActFor(pharmacist, prescription.pharmacyId())) {
            throw CareRefusal.forbidden("Only a pharmacist of the prescription's pharmacy acts on it.");
        }
        PrescriptionEvent step;
        try {
            step = prescription.pharmacyStep(to, PrescriptionEvent.actor(pharmacist.accountId().orElseThrow()), reason, Instant.now());
        } catch (InvalidPrescriptionException e) {
            throw CareRefusal.invalid(e.getMessage());
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        ledger.record(prescription, step, pharmacist.address());
        return records.view(prescription);
    }

    private void requirePharmacist(Requester pharmacist, UUID pharmacyId) {
        if (!records.access().mayActFor(pharmacist, pharmacyId)) {
            throw CareRefusal.forbidden("Only the pharmacy's pharmacists see its prescriptions.");
        }
    }
}

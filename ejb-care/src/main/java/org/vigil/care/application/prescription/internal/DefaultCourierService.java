package org.vigil.care.application.prescription.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.CourierDevice;
import org.vigil.care.application.prescription.CourierService;
import org.vigil.care.application.prescription.CourierTask;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.CourierConfirmation;
import org.vigil.care.domain.prescription.CourierStep;
import org.vigil.care.domain.prescription.InvalidConfirmationException;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionStateException;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.infrastructure.persistence.JpaCareRelations;

@Stateless
public class DefaultCourierService implements CourierService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Inject
    PrescriptionLedger ledger;

    @Override
    public List<CourierTask> tasks(UUID nurse) {
        List<Prescription> ready = em.createQuery("""
                        select p from Prescription p, CareTeamMember m
                        where m.patientId = p.patientId and m.accountId = :n and m.role = :nurse and m.until is null
                          and p.status = :ready order by p.updatedAt""", Prescription.class)
                .setParameter("n", nurse).setParameter("nurse", CareRole.NURSE).setParameter("ready", PrescriptionStatus.READY)
                .setMaxResults(200).getResultList();
        List<Prescription> carried = em.createQuery("select p from Prescription p where p.courierId = :n and p.status = :s "
                        + "order by p.updatedAt", Prescription.class)
                .setParameter("n", nurse).setParameter("s", PrescriptionStatus.PICKED_UP).setMaxResults(200).getResultList();
        return java.util.stream.Stream.concat(ready.stream().distinct(), carried.stream()).map(this::task).toList();
    }

    @Override
    public PrescriptionView confirm(CourierDevice device, UUID prescriptionId, CourierStep step, String confirmation,
            String clientAddress) {
        Prescription prescription = records.find(prescriptionId, true);
        if (!new JpaCareRelations(em).careTeamRoles(prescription.patientId(), device.accountId()).contains(CareRole.NURSE)) {
            throw CareRefusal.forbidden("Only a nurse of the patient's care team picks up and delivers their prescriptions.");
        }
        Instant now = Instant.now();
        String evidence;
        try {
            evidence = CourierConfirmation.verify(confirmation, device.publicKey(), device.authenticatorId().toString(), prescription,
                    step, now);
        } catch (InvalidConfirmationException e) {
            throw new CareRefusal(400, "invalid-confirmation", "Invalid confirmation", e.getMessage());
        }
        PrescriptionEvent event;
        try {
            event = step == CourierStep.PICKUP ? prescription.pickUp(device.accountId(), evidence, now)
                    : prescription.deliver(device.accountId(), evidence, now);
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        ledger.record(prescription, event, clientAddress);
        return records.view(prescription);
    }

    private CourierTask task(Prescription p) {
        Patient patient = em.find(Patient.class, p.patientId());
        Pharmacy pharmacy = em.find(Pharmacy.class, p.pharmacyId());
        return new CourierTask(p.id(), p.number(), p.status().wire(), p.signedSha256(), p.patientId(),
                patient.givenName() + " " + patient.familyName(), pharmacy.name(), pharmacy.address(),
                p.items().stream().map(MedicationItem::label).toList());
    }
}

package org.vigil.care.application.prescription.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.internal.LiveEventPublisher;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.infrastructure.messaging.PrescriptionQueue;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;

/**
 * Records each step of a prescription, in the step's transaction: the event (its history and
 * audit trail), a live event for the stations watching the patient (and the doctor at one), the
 * routing message once signed, and the pushes people act on — "ready" to each nurse of the
 * patient's care team, "returned" and "rejected" to the prescriber.
 */
@ApplicationScoped
public class PrescriptionLedger {

    static final Duration PUSH_LIFETIME = Duration.ofHours(24);
    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    LiveEventPublisher live;

    @Inject
    PushQueue push;

    @Inject
    PrescriptionQueue routing;

    public void record(Prescription prescription, PrescriptionEvent step, String clientAddress) {
        em.persist(step.from(clientAddress));
        live.publish(List.of(new NewLiveEvent(prescription.patientId(), null, LiveEventType.PRESCRIPTION, step.occurredAt(),
                livePayload(prescription, step))));
        PrescriptionStatus status = step.status();
        if (status == PrescriptionStatus.SIGNED) {
            routing.route(prescription.id());
        } else if (status == PrescriptionStatus.READY) {
            String payload = readyPayload(prescription);
            nurses(prescription.patientId()).forEach(nurse -> push.send(PushNotification.of(nurse.toString(), "prescription-ready",
                    payload, step.occurredAt().plus(PUSH_LIFETIME))));
        } else if (status == PrescriptionStatus.RETURNED || status == PrescriptionStatus.REJECTED) {
            push.send(PushNotification.of(prescription.prescriberId().toString(), "prescription-" + status.wire(),
                    write(Map.of("prescriptionId", prescription.id().toString(), "number", prescription.number(),
                            "status", status.wire(), "reason", String.valueOf(step.reason()))),
                    step.occurredAt().plus(PUSH_LIFETIME)));
        }
    }

    private List<UUID> nurses(UUID patientId) {
        return em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.role = :r", CareTeamMember.class)
                .setParameter("p", patientId).setParameter("r", CareRole.NURSE).getResultStream()
                .filter(CareTeamMember::current).map(CareTeamMember::accountId).distinct().toList();
    }

    private String readyPayload(Prescription prescription) {
        Pharmacy pharmacy = em.find(Pharmacy.class, prescription.pharmacyId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prescriptionId", prescription.id().toString());
        body.put("number", prescription.number());
        body.put("patientId", prescription.patientId().toString());
        body.put("pharmacy", pharmacy.name());
        body.put("pharmacyAddress", pharmacy.address());
        body.put("items", prescription.items().stream().map(MedicationItem::label).toList());
        body.put("sha256", prescription.signedSha256());
        return write(body);
    }

    private static String livePayload(Prescription prescription, PrescriptionEvent step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prescriptionId", prescription.id().toString());
        body.put("number", prescription.number());
        body.put("status", step.status().wire());
        body.put("actor", step.actor());
        if (step.reason() != null) {
            body.put("reason", step.reason());
        }
        body.put("at", step.occurredAt().toString());
        return write(body);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.vigil.care.domain.prescription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import static org.vigil.care.domain.prescription.PrescriptionStatus.CANCELLED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.DELIVERED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.DRAFT;
import static org.vigil.care.domain.prescription.PrescriptionStatus.IN_PREPARATION;
import static org.vigil.care.domain.prescription.PrescriptionStatus.PICKED_UP;
import static org.vigil.care.domain.prescription.PrescriptionStatus.READY;
import static org.vigil.care.domain.prescription.PrescriptionStatus.RECEIVED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.REJECTED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.RETURNED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.SIGNED;
import static org.vigil.care.domain.prescription.PrescriptionStatus.SIGNING;
import static org.vigil.care.domain.prescription.PrescriptionStatus.VERIFIED;

/**
 * A doctor's prescription for a patient, on its way to the patient's door: drafted, signed on the
 * doctor's authenticator, routed to its pharmacy and checked there on arrival, prepared, picked up
 * by the patient's nurse and delivered. Each step is a method that checks the current state and
 * returns the {@link PrescriptionEvent} to store; a step the state does not allow throws
 * {@link PrescriptionStateException} and changes nothing. It is dispensed (picked up) at most
 * once, never after its validity ended, and a doctor can cancel it until it is picked up.
 */
@Entity
@Table(name = "care_prescription")
public class Prescription {

    /** Which status each status may move to. */
    private static final Map<PrescriptionStatus, Set<PrescriptionStatus>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SIGNING, SIGNED, CANCELLED)),
            Map.entry(SIGNING, EnumSet.of(SIGNING, SIGNED, DRAFT, CANCELLED)),
            Map.entry(SIGNED, EnumSet.of(RECEIVED, RETURNED, CANCELLED)),
            Map.entry(RECEIVED, EnumSet.of(VERIFIED, REJECTED, CANCELLED)),
            Map.entry(VERIFIED, EnumSet.of(IN_PREPARATION, REJECTED, CANCELLED)),
            Map.entry(IN_PREPARATION, EnumSet.of(READY, REJECTED, CANCELLED)),
            Map.entry(READY, EnumSet.of(PICKED_UP, REJECTED, CANCELLED)),
            Map.entry(PICKED_UP, EnumSet.of(DELIVERED)),
            Map.entry(DELIVERED, EnumSet.noneOf(PrescriptionStatus.class)),
            Map.entry(RETURNED, EnumSet.noneOf(PrescriptionStatus.class)),
            Map.entry(REJECTED, EnumSet.noneOf(PrescriptionStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(PrescriptionStatus.class)));

    /** The pharmacist's steps, in their order, and rejection. */
    public static final Set<PrescriptionStatus> PHARMACY_STEPS = EnumSet.of(VERIFIED, IN_PREPARATION, READY, REJECTED);

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "prescriber_id", nullable = false)
    private UUID prescriberId;

    @Column(name = "pharmacy_id", nullable = false)
    private UUID pharmacyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrescriptionStatus status;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "signed_sha256")
    private String signedSha256;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "courier_id")
    private UUID courierId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_prescription_item", joinColumns = @JoinColumn(name = "prescription_id"))
    @OrderColumn(name = "position")
    private List<MedicationItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Prescription() {
        // for JPA
    }

    public Prescription(String number, UUID patientId, UUID prescriberId, UUID pharmacyId, List<MedicationItem> items,
            Validity validity, String verificationCode, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.patientId = patientId;
        this.prescriberId = prescriberId;
        this.pharmacyId = pharmacyId;
        this.status = DRAFT;
        this.items = new ArrayList<>(Prescribing.items(items));
        this.validFrom = validity.from();
        this.validUntil = validity.until();
        this.verificationCode = verificationCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The first event of every prescription. */
    public PrescriptionEvent drafted(String actor) {
        return new PrescriptionEvent(id, DRAFT, actor, createdAt, null, null);
    }

    /** Changes a draft; nothing else can change. */
    public void revise(List<MedicationItem> newItems, Validity validity, UUID newPharmacyId, Instant now) {
        if (status != DRAFT) {
            throw new PrescriptionStateException("Prescription " + number + " is " + status.wire() + "; only a draft can change.");
        }
        items = new ArrayList<>(Prescribing.items(newItems));
        validFrom = validity.from();
        validUntil = validity.until();
        pharmacyId = newPharmacyId;
        updatedAt = now;
    }

    /** Its PDF went to the document server to be signed on the doctor's authenticator (again, if an earlier request lapsed). */
    public PrescriptionEvent awaitSignature(UUID document, String actor, Instant now) {
        requireUnexpired(now, "signed");
        PrescriptionEvent event = move(SIGNING, actor, null, null, now);
        this.documentId = document;
        return event;
    }

    /**
     * The doctor said no on their authenticator: back to a draft they may change or send to be signed
     * again, the refusal kept as the reason (a denied request never completes, so "signing" would stay forever).
     */
    public PrescriptionEvent signatureDenied(String actor, Instant now) {
        return move(DRAFT, actor, "The signature was denied on the doctor's authenticator.", null, now);
    }

    /** Signed (through the document server, or handed in signed): from here on it is routed to the pharmacy. */
    public PrescriptionEvent signed(String sha256, String actor, Instant now) {
        requireUnexpired(now, "signed");
        PrescriptionEvent event = move(SIGNED, actor, null, null, now);
        this.signedSha256 = sha256;
        return event;
    }

    /** Its signature passed the check on arrival: the pharmacy has it. */
    public PrescriptionEvent received(Instant now) {
        return move(RECEIVED, PrescriptionEvent.SYSTEM, null, null, now);
    }

    /** Its signature failed the check on arrival: back to the doctor, with the reason. */
    public PrescriptionEvent returned(String reason, Instant now) {
        return move(RETURNED, PrescriptionEvent.SYSTEM, reason, null, now);
    }

    /** A pharmacist's step: verified, in preparation, ready (in that order), or rejected with a reason. */
    public PrescriptionEvent pharmacyStep(PrescriptionStatus to, String actor, String reason, Instant now) {
        if (!PHARMACY_STEPS.contains(to)) {
            throw new PrescriptionStateException("A pharmacy cannot set a prescription " + to.wire() + ".");
        }
        if (to == REJECTED) {
            requireMove(REJECTED);
            return move(REJECTED, actor, Prescribing.reason(reason), null, now);
        }
        requireUnexpired(now, to.wire());
        return move(to, actor, reason, null, now);
    }

    /** The nurse took it from the pharmacy: dispensed, once, and only while valid. */
    public PrescriptionEvent pickUp(UUID nurse, String evidence, Instant now) {
        if (status == PICKED_UP || status == DELIVERED) {
            throw new PrescriptionStateException("Prescription " + number + " was dispensed already; it is dispensed only once.");
        }
        if (status == READY && now.isBefore(validFrom)) {
            throw new PrescriptionStateException("Prescription " + number + " is valid only from " + validFrom + ".");
        }
        requireUnexpired(now, "dispensed");
        PrescriptionEvent event = move(PICKED_UP, PrescriptionEvent.actor(nurse), null, evidence, now);
        courierId = nurse;
        return event;
    }

    /** The nurse who picked it up handed it over at the patient's door. */
    public PrescriptionEvent deliver(UUID nurse, String evidence, Instant now) {
        if (status == PICKED_UP && !nurse.equals(courierId)) {
            throw new PrescriptionStateException("Prescription " + number + " was picked up by another nurse; she delivers it.");
        }
        return move(DELIVERED, PrescriptionEvent.actor(nurse), null, evidence, now);
    }

    /** Withdrawn by a doctor, with a reason, any time before it is picked up. */
    public PrescriptionEvent cancel(String actor, String reason, Instant now) {
        if (status == PICKED_UP || status == DELIVERED) {
            throw new PrescriptionStateException("Prescription " + number + " was picked up already and can no longer be cancelled.");
        }
        requireMove(CANCELLED);
        return move(CANCELLED, actor, Prescribing.reason(reason), null, now);
    }

    public boolean expiredAt(Instant now) {
        return validity().expiredAt(now);
    }

    private void requireUnexpired(Instant now, String what) {
        if (expiredAt(now)) {
            throw new PrescriptionStateException("Prescription " + number + " expired at " + validUntil + " and cannot be " + what + ".");
        }
    }

    /** The state decides first: a step it forbids is a conflict whatever else is wrong with the request. */
    private void requireMove(PrescriptionStatus to) {
        if (!NEXT.get(status).contains(to)) {
            throw new PrescriptionStateException("Prescription " + number + " is " + status.wire() + "; it cannot become " + to.wire()
                    + (status.isFinal() ? "." : " (next: " + String.join(", ", NEXT.get(status).stream().map(PrescriptionStatus::wire)
                    .toList()) + ")."));
        }
    }

    private PrescriptionEvent move(PrescriptionStatus to, String actor, String reason, String evidence, Instant now) {
        requireMove(to);
        status = to;
        statusReason = reason;
        updatedAt = now;
        return new PrescriptionEvent(id, to, actor, now, reason, evidence);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID prescriberId() {
        return prescriberId;
    }

    public UUID pharmacyId() {
        return pharmacyId;
    }

    public PrescriptionStatus status() {
        return status;
    }

    public Validity validity() {
        return new Validity(validFrom, validUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public UUID documentId() {
        return documentId;
    }

    public String signedSha256() {
        return signedSha256;
    }

    public String statusReason() {
        return statusReason;
    }

    public UUID courierId() {
        return courierId;
    }

    public List<MedicationItem> items() {
        return List.copyOf(items);
    }
}

package org.vigil.care.domain.prescription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a prescription's way, never changed: the status it reached, who took the step
 * ({@code account:<id>}, or {@code system} for the routing), why, and for the nurse's steps her
 * device's signature over the prescription and the step. The prescriptions' own audit trail.
 */
@Entity
@Table(name = "care_prescription_event")
public class PrescriptionEvent {

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "prescription_id", nullable = false)
    private UUID prescriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrescriptionStatus status;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column
    private String reason;

    @Column
    private String evidence;

    @Column(name = "client_address")
    private String clientAddress;

    protected PrescriptionEvent() {
        // for JPA
    }

    public PrescriptionEvent(UUID prescriptionId, PrescriptionStatus status, String actor, Instant occurredAt, String reason,
            String evidence) {
        this.prescriptionId = prescriptionId;
        this.status = status;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.evidence = evidence;
    }

    /** Where the request that took the step came from, for the audit trail. */
    public PrescriptionEvent from(String address) {
        this.clientAddress = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        return this;
    }

    public static String actor(UUID account) {
        return "account:" + account;
    }

    public Long id() {
        return id;
    }

    public UUID prescriptionId() {
        return prescriptionId;
    }

    public PrescriptionStatus status() {
        return status;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String reason() {
        return reason;
    }

    public String evidence() {
        return evidence;
    }
}

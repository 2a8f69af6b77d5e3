package org.vigil.care.domain.news2;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a nurse or doctor observed at the patient's side that no device measures: the level of
 * consciousness (ACVPU) and whether the patient breathes air or supplemental oxygen. With a
 * counted respiratory rate (an observation they enter too) it completes a partial NEWS2.
 */
@Entity
@Table(name = "care_clinical_assessment")
public class ClinicalAssessment {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consciousness consciousness;

    @Column(name = "supplemental_oxygen", nullable = false)
    private boolean supplementalOxygen;

    @Column(name = "entered_by", nullable = false)
    private UUID enteredBy;

    protected ClinicalAssessment() {
        // for JPA
    }

    public ClinicalAssessment(UUID patientId, Instant assessedAt, Consciousness consciousness, boolean supplementalOxygen, UUID enteredBy) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.assessedAt = assessedAt;
        this.consciousness = consciousness;
        this.supplementalOxygen = supplementalOxygen;
        this.enteredBy = enteredBy;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public Consciousness consciousness() {
        return consciousness;
    }

    public boolean supplementalOxygen() {
        return supplementalOxygen;
    }

    public UUID enteredBy() {
        return enteredBy;
    }
}

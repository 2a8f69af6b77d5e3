package org.vigil.care.domain.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person under remote monitoring, linked to their identity account. Holds the demographics the
 * clinical side needs on its own: the name stations and FHIR show, the birth date that picks the
 * age group's default alert limits, the sex, the NEWS2 SpO2 scale a clinician chose, and whether
 * the gateway answers video calls by itself.
 */
@Entity
@Table(name = "care_patient")
public class Patient {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "spo2_scale", nullable = false)
    private short spo2Scale;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    @Column(name = "auto_answer_calls", nullable = false)
    private boolean autoAnswerCalls;

    @Column(name = "discharged_at")
    private Instant dischargedAt;

    protected Patient() {
        // for JPA
    }

    public Patient(UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.familyName = familyName;
        this.givenName = givenName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.spo2Scale = (short) Spo2Scale.SCALE_1.number();
        this.admittedAt = now;
    }

    /** A clinician's decision (hypercapnic respiratory failure), recorded on the patient. */
    public void useSpo2Scale(Spo2Scale scale) {
        this.spo2Scale = (short) scale.number();
    }

    /** Whether the gateway answers video calls by itself, for a patient who cannot reach its screen. */
    public void answerCallsAutomatically(boolean on) {
        this.autoAnswerCalls = on;
    }

    public boolean answersCallsAutomatically() {
        return autoAnswerCalls;
    }

    public void discharge(Instant now) {
        if (dischargedAt == null) {
            dischargedAt = now;
        }
    }

    public boolean monitored() {
        return dischargedAt == null;
    }

    /** Age on {@code day}: what picks the default alert limits. */
    public Period ageOn(LocalDate day) {
        return Period.between(birthDate, day);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public Spo2Scale spo2Scale() {
        return Spo2Scale.of(spo2Scale);
    }

    public Instant admittedAt() {
        return admittedAt;
    }
}

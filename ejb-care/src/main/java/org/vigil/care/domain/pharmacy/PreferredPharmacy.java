package org.vigil.care.domain.pharmacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The pharmacy a patient's prescriptions go to unless the doctor names another. */
@Entity
@Table(name = "care_preferred_pharmacy")
public class PreferredPharmacy {

    @Id
    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "pharmacy_id", nullable = false)
    private UUID pharmacyId;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected PreferredPharmacy() {
        // for JPA
    }

    public PreferredPharmacy(UUID patientId, UUID pharmacyId, String chosenBy, Instant now) {
        this.patientId = patientId;
        this.pharmacyId = pharmacyId;
        this.chosenBy = chosenBy;
        this.chosenAt = now;
    }

    public void change(UUID pharmacyId, String chosenBy, Instant now) {
        this.pharmacyId = pharmacyId;
        this.chosenBy = chosenBy;
        this.chosenAt = now;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID pharmacyId() {
        return pharmacyId;
    }
}

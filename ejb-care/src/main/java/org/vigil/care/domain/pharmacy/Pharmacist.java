package org.vigil.care.domain.pharmacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person (their account) working as a pharmacist of a pharmacy since a time, until one once they leave it. */
@Entity
@Table(name = "care_pharmacist")
public class Pharmacist {

    @Id
    private UUID id;

    @Column(name = "pharmacy_id", nullable = false)
    private UUID pharmacyId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false)
    private Instant since;

    @Column
    private Instant until;

    protected Pharmacist() {
        // for JPA
    }

    public Pharmacist(UUID pharmacyId, UUID accountId, Instant now) {
        this.id = UUID.randomUUID();
        this.pharmacyId = pharmacyId;
        this.accountId = accountId;
        this.since = now;
    }

    public void leave(Instant now) {
        if (until == null) {
            until = now;
        }
    }

    public boolean current() {
        return until == null;
    }

    public UUID pharmacyId() {
        return pharmacyId;
    }

    public UUID accountId() {
        return accountId;
    }
}

package org.vigil.care.domain.pharmacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pharmacy an admin registered: where prescriptions are routed, prepared and picked up by the
 * patient's nurse. Its pharmacists are {@link Pharmacist} memberships.
 */
@Entity
@Table(name = "care_pharmacy")
public class Pharmacy {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Pharmacy() {
        // for JPA
    }

    public Pharmacy(String name, String address, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }
}

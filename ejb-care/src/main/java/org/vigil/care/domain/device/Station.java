package org.vigil.care.domain.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A monitoring station (a device client) that sees the patients a supervisor assigned to it. */
@Entity
@Table(name = "care_station")
public class Station {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Station() {
        // for JPA
    }

    public Station(String clientId, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.name = name;
        this.createdAt = now;
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean active() {
        return retiredAt == null;
    }

    public UUID id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }
}

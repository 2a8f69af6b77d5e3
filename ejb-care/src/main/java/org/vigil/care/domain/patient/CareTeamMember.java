package org.vigil.care.domain.patient;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A doctor or nurse on a patient's care team since a time, and until one once they leave it. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CareRole role;

    @Column(nullable = false)
    private Instant since;

    @Column
    private Instant until;

    protected CareTeamMember() {
        // for JPA
    }

    public CareTeamMember(UUID patientId, UUID accountId, CareRole role, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.accountId = accountId;
        this.role = role;
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

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID accountId() {
        return accountId;
    }

    public CareRole role() {
        return role;
    }
}

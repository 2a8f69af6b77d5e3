package org.vigil.care.domain.assignment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A supervisor put a patient on a station's watch at a time, and maybe took them off later.
 * Rows are never deleted: the history says who watched whom, when, on whose decision. A
 * reassignment is the release of one row and a new one.
 */
@Entity
@Table(name = "care_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "station_id", nullable = false)
    private UUID stationId;

    @Column(name = "assigned_by", nullable = false)
    private UUID assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "released_by")
    private UUID releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(UUID patientId, UUID stationId, UUID supervisor, Instant now) {
        this.patientId = patientId;
        this.stationId = stationId;
        this.assignedBy = supervisor;
        this.assignedAt = now;
    }

    /** Ends the assignment; releasing one already released changes nothing. */
    public void release(UUID supervisor, Instant now) {
        if (releasedAt == null) {
            releasedAt = now;
            releasedBy = supervisor;
        }
    }

    /** Was the station watching the patient at {@code t}? */
    public boolean activeAt(Instant t) {
        return !t.isBefore(assignedAt) && (releasedAt == null || t.isBefore(releasedAt));
    }

    public boolean active() {
        return releasedAt == null;
    }

    public Long id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID stationId() {
        return stationId;
    }

    public UUID assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public UUID releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}

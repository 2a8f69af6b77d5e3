package org.vigil.care.domain.observation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A stored vital sign, as the read side (FHIR, history) sees it. Written only by the JDBC ingest
 * path ({@link ObservationStore}) and never changed, hence read-only here.
 */
@Entity
@Immutable
@Table(name = "care_observation")
public class Observation {

    @Id
    private Long id;

    @Column(name = "measurement_id", nullable = false)
    private UUID measurementId;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "value_num", nullable = false)
    private double value;

    @Column(nullable = false)
    private String unit;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column
    private String device;

    @Column(name = "gateway_client")
    private String gatewayClient;

    @Column(name = "entered_by")
    private UUID enteredBy;

    protected Observation() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public UUID measurementId() {
        return measurementId;
    }

    public UUID patientId() {
        return patientId;
    }

    public VitalKind kind() {
        return VitalKind.fromCode(kind).orElseThrow(() -> new IllegalStateException("stored kind " + kind + " unknown"));
    }

    public double value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public Instant measuredAt() {
        return measuredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String device() {
        return device;
    }

    public String gatewayClient() {
        return gatewayClient;
    }

    public UUID enteredBy() {
        return enteredBy;
    }

    public VitalSign vitalSign() {
        return new VitalSign(measurementId, patientId, kind(), value, measuredAt, device);
    }
}

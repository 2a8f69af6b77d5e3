package org.vigil.care.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A video call from a monitoring station to the gateway in one patient's home, and its record:
 * who called (the station, and the doctor or nurse signed in at it), whom (the patient, through
 * which gateway), when it started, was answered and ended, and how. The state machine is here;
 * who may call is {@link CallAdmission}'s.
 */
@Entity
@Table(name = "care_call")
public class Call {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "station_id", nullable = false)
    private UUID stationId;

    @Column(name = "station_client_id", nullable = false)
    private String stationClientId;

    @Column(name = "caller_account_id", nullable = false)
    private UUID callerAccountId;

    @Column(name = "caller_role", nullable = false)
    private String callerRole;

    @Column(name = "gateway_client_id", nullable = false)
    private String gatewayClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private CallState state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    private CallParty endedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Call() {
        // for JPA
    }

    /** A new call, ringing from {@code now}. */
    public Call(UUID patientId, UUID stationId, String stationClientId, UUID callerAccountId, String callerRole, String gatewayClientId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.stationId = stationId;
        this.stationClientId = stationClientId;
        this.callerAccountId = callerAccountId;
        this.callerRole = callerRole;
        this.gatewayClientId = gatewayClientId;
        this.state = CallState.RINGING;
        this.startedAt = now;
    }

    /** The gateway answers. */
    public void accept(Instant now) {
        require(CallState.RINGING, "accepted");
        state = CallState.ACCEPTED;
        answeredAt = now;
    }

    /** The gateway refuses the call (the patient pressed decline). */
    public void decline(Instant now) {
        require(CallState.RINGING, "declined");
        state = CallState.DECLINED;
        endedAt = now;
        endedBy = CallParty.GATEWAY;
    }

    /**
     * Marks the call missed when it has rung for {@code ringFor} or longer by {@code now} unanswered.
     *
     * @return whether it became missed now
     */
    public boolean missIfUnanswered(Instant now, Duration ringFor) {
        if (state != CallState.RINGING || now.isBefore(startedAt.plus(ringFor))) {
            return false;
        }
        state = CallState.MISSED;
        endedAt = now;
        return true;
    }

    /** Either side hangs up (or disappears): an accepted call ends; a ringing one ends unanswered. */
    public void hangUp(CallParty by, Instant now) {
        if (!state.live()) {
            throw new CallTransitionException(state, "hung up");
        }
        state = CallState.ENDED;
        endedAt = now;
        endedBy = by;
    }

    /** Which side of this call the OAuth client is, if any: nobody else may signal in it or get its TURN credentials. */
    public Optional<CallParty> partyOf(String clientId) {
        if (stationClientId.equals(clientId)) {
            return Optional.of(CallParty.STATION);
        }
        if (gatewayClientId.equals(clientId)) {
            return Optional.of(CallParty.GATEWAY);
        }
        return Optional.empty();
    }

    /** How long the two talked: from the answer to the end; empty for a call never answered or still running. */
    public Optional<Duration> duration() {
        return answeredAt == null || endedAt == null ? Optional.empty() : Optional.of(Duration.between(answeredAt, endedAt));
    }

    private void require(CallState expected, String step) {
        if (state != expected) {
            throw new CallTransitionException(state, step);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID stationId() {
        return stationId;
    }

    public String stationClientId() {
        return stationClientId;
    }

    public UUID callerAccountId() {
        return callerAccountId;
    }

    public String callerRole() {
        return callerRole;
    }

    public String gatewayClientId() {
        return gatewayClientId;
    }

    public CallState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<CallParty> endedBy() {
        return Optional.ofNullable(endedBy);
    }
}

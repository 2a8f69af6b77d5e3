package org.vigil.care.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.ejb.Local;

import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.call.TurnCredentials;

/**
 * The rules of video calls between a station and a patient's gateway (see {@code CallAdmission}
 * and {@code Call}); the signaling endpoint relays, this decides and records. Every method taking a
 * client id refuses a client that is not a party to the call with {@code not-a-party}.
 */
@Local
public interface CallService {

    /** How long a call rings before it is missed. */
    Duration ringTime();

    /** The patient whose home this active gateway is in. */
    Optional<UUID> patientOfGateway(String gatewayClientId);

    /**
     * Starts a call that rings on the patient's gateway, once the rules allow it; the attempt is on
     * the patient's read-audit trail either way.
     *
     * @param gatewayConnected whether a gateway (by client id) has a signaling connection now
     * @return the call, the station's name and the patient's auto-answer setting
     * @throws CallRefusedException with the {@code CallRefusalReason}'s code
     */
    RingingCall ring(StationCaller caller, UUID patientId, Predicate<String> gatewayConnected);

    /** The gateway answers. @throws CallRefusedException not-a-party, wrong-state */
    CallView accept(UUID callId, String gatewayClientId);

    /** The gateway refuses. @throws CallRefusedException not-a-party, wrong-state */
    CallView decline(UUID callId, String gatewayClientId);

    /** Either party hangs up or went away. @throws CallRefusedException not-a-party, wrong-state */
    CallView hangUp(UUID callId, String partyClientId);

    /** Marks the call missed if it is still ringing after the ring time; @return it when it became missed now */
    Optional<CallView> missIfUnanswered(UUID callId);

    /** Ends every live call: on a signaling node's start, when no connection of its calls can be left. @return how many */
    int endAllLive();

    /** The call, to one of its parties only, while it rings or runs. @throws CallRefusedException not-a-party, not-live */
    CallView liveCallOf(UUID callId, String partyClientId);

    /**
     * Fresh TURN credentials for one party of a ringing or accepted call.
     *
     * @return empty when no TURN server is configured
     * @throws CallRefusedException not-a-party, not-live
     */
    Optional<TurnCredentials> turnCredentials(UUID callId, String partyClientId);

    /**
     * Whether the patient's gateway answers calls by itself (for a patient who cannot reach the screen): a supervisor,
     * or a doctor of the patient's care team; audited as {@code call.auto-answer.set}.
     *
     * @throws CareRefusal 403 for anyone else, 404 for an unknown patient
     */
    void setAutoAnswer(org.vigil.platform.access.Caller caller, UUID patientId, boolean autoAnswer);

    /** The patient's calls, newest first: a read of patient data, under the access policy and audited. */
    List<CallView> history(Requester requester, UUID patientId, String what);
}

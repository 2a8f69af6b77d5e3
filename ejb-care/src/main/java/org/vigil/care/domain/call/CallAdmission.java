package org.vigil.care.domain.call;

import java.util.Optional;

/**
 * Who may start a call, decided in one place and in this order: a registered active station, with
 * a doctor or nurse signed in at it, assigned to the patient now; the patient has an active gateway
 * that is connected, and is not in another call. The first rule broken is the reason given.
 */
public final class CallAdmission {

    /** What the caller and the patient look like when the station asks to call. */
    public record Circumstances(boolean activeStation, Optional<String> signedInRole, boolean assigned, boolean gatewayEnrolled,
            boolean gatewayConnected, boolean patientInCall) {
    }

    private CallAdmission() {
    }

    /** @return the reason the call is refused, or empty when it may ring */
    public static Optional<CallRefusalReason> refusal(Circumstances c) {
        if (!c.activeStation()) {
            return Optional.of(CallRefusalReason.NOT_A_STATION);
        }
        if (c.signedInRole().filter(role -> role.equals("doctor") || role.equals("nurse")).isEmpty()) {
            return Optional.of(CallRefusalReason.NOBODY_SIGNED_IN);
        }
        if (!c.assigned()) {
            return Optional.of(CallRefusalReason.NOT_ASSIGNED);
        }
        if (!c.gatewayEnrolled()) {
            return Optional.of(CallRefusalReason.NO_GATEWAY);
        }
        if (!c.gatewayConnected()) {
            return Optional.of(CallRefusalReason.GATEWAY_OFFLINE);
        }
        if (c.patientInCall()) {
            return Optional.of(CallRefusalReason.BUSY);
        }
        return Optional.empty();
    }
}

package org.vigil.care.domain.call;

/** Why a station may not call a patient now; each has a stable code the signaling sends. */
public enum CallRefusalReason {
    NOT_A_STATION("not-a-station", "only a registered, active monitoring station may call"),
    NOBODY_SIGNED_IN("nobody-signed-in", "a doctor or nurse must be signed in at the station to call"),
    NOT_ASSIGNED("not-assigned", "the station is not assigned to this patient"),
    NO_GATEWAY("no-gateway", "the patient has no active gateway to call"),
    GATEWAY_OFFLINE("gateway-offline", "the patient's gateway is not connected"),
    BUSY("busy", "the patient is already in a call");

    private final String code;
    private final String detail;

    CallRefusalReason(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}

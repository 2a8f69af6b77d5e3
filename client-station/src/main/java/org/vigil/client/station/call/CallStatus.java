package org.vigil.client.station.call;

import java.time.Duration;
import java.time.Instant;

/**
 * The station's side of one video call with the patient's gateway, as the pane shows it: what
 * happened last, in words, and which buttons make sense now. Fed with what the signaling and the
 * media said; the pane only draws it. A new call may start from any state that is not live.
 *
 * <p>Each Call press is an attempt with its own number ({@link #calling()} returns it), and every report names
 * its attempt: a report of an earlier call (its thread ending late, after Call was pressed again) is ignored
 * and said so by {@code false}, so it can neither end nor clear the call on screen now.
 */
public final class CallStatus {

    /** Where the call stands. */
    public enum Phase {
        IDLE, CONNECTING, RINGING, IN_CALL, DECLINED, MISSED, ENDED, REFUSED, FAILED
    }

    private Phase phase = Phase.IDLE;
    private Instant answeredAt;
    private String detail = "";
    private boolean cameraOff;
    private long attempt;

    public Phase phase() {
        return phase;
    }

    /** Call pressed: the signaling is being reached and the call asked for. @return this attempt's number, for its reports */
    public long calling() {
        phase = Phase.CONNECTING;
        detail = "";
        answeredAt = null;
        cameraOff = false;
        return ++attempt;
    }

    /** @return whether the report was of the current attempt (and applied) */
    public boolean ringing(long of) {
        if (of != attempt) {
            return false;
        }
        phase = Phase.RINGING;
        return true;
    }

    /** @return whether the report was of the current attempt (and applied) */
    public boolean accepted(long of, Instant at) {
        if (of != attempt) {
            return false;
        }
        phase = Phase.IN_CALL;
        answeredAt = at;
        return true;
    }

    /**
     * The call's end as the server named it: {@code declined}, {@code missed} or {@code ended} (with who hung up).
     *
     * @return whether the report was of the current attempt (and applied)
     */
    public boolean finished(long of, String type, String by) {
        if (of != attempt) {
            return false;
        }
        phase = switch (type) {
            case "declined" -> Phase.DECLINED;
            case "missed" -> Phase.MISSED;
            default -> Phase.ENDED;
        };
        detail = by == null ? "" : by;
        return true;
    }

    /**
     * The server refused the call before anything rang ({@code gateway-offline}, {@code not-assigned}, ...).
     *
     * @return whether the report was of the current attempt (and applied)
     */
    public boolean refused(long of, String code) {
        if (of != attempt) {
            return false;
        }
        phase = Phase.REFUSED;
        detail = code == null ? "" : code;
        return true;
    }

    /** The signaling or the media failed; {@code reason} is said as is. @return whether the report was of the current attempt */
    public boolean failed(long of, String reason) {
        if (of != attempt) {
            return false;
        }
        phase = Phase.FAILED;
        detail = reason == null ? "" : reason;
        return true;
    }

    public void toggleCamera() {
        cameraOff = !cameraOff;
    }

    public boolean cameraOff() {
        return cameraOff;
    }

    public boolean live() {
        return phase == Phase.CONNECTING || phase == Phase.RINGING || phase == Phase.IN_CALL;
    }

    public boolean canCall() {
        return !live();
    }

    public boolean canHangUp() {
        return phase == Phase.RINGING || phase == Phase.IN_CALL;
    }

    /** Mute and camera act on the media, which exists once the call is answered. */
    public boolean canUseMedia() {
        return phase == Phase.IN_CALL;
    }

    /** What the Call button says: an offline gateway is named on the button itself, before anything rings. */
    public String callLabel() {
        return phase == Phase.REFUSED && "gateway-offline".equals(detail) ? "Call (gateway offline)" : "Call";
    }

    /** Calls carry no sound yet (libwebrtc's audio crashed natively here: docs/decisions.md), so Mute has nothing to act on. */
    public String muteLabel() {
        return "Mute (no sound yet)";
    }

    public String cameraLabel() {
        return cameraOff ? "Camera on" : "Camera off";
    }

    /** The state in words, with the running time of a call in progress. */
    public String text(Instant now) {
        return switch (phase) {
            case IDLE -> "No call";
            case CONNECTING -> "Calling…";
            case RINGING -> "Ringing at the patient's home…";
            case IN_CALL -> "In call " + clock(Duration.between(answeredAt, now)) + (cameraOff ? " · camera off" : "");
            case DECLINED -> "Declined by the patient";
            case MISSED -> "Missed: nobody answered";
            case ENDED -> "Call ended" + switch (detail) {
                case "station" -> " (you hung up)";
                case "gateway" -> " by the patient";
                default -> "";
            };
            case REFUSED -> refusal(detail);
            case FAILED -> "Call failed: " + detail;
        };
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%02d:%02d", s / 60, s % 60);
    }

    private static String refusal(String code) {
        return switch (code) {
            case "gateway-offline" -> "The patient's gateway is offline: the call did not ring";
            case "no-gateway" -> "The patient has no gateway to call";
            case "not-assigned" -> "This station is not assigned to the patient";
            case "nobody-signed-in" -> "Sign in to call";
            case "busy" -> "The patient is already in a call";
            default -> "Call refused (" + code + ")";
        };
    }
}

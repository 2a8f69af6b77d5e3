package org.vigil.client.gateway.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * What the kiosk on the patient's screen shows: waiting, a call ringing (who calls, from which
 * station), a call in progress, or how the last one ended; and which of its few buttons are live.
 * The words are for a patient: short, no codes. Whether a ring is answered without a touch is the
 * patient's auto-answer setting, which comes with the ring.
 *
 * <p>Each report names its call (the server's call id): one about another call than the one on screen (a
 * late {@code missed} or {@code ended} of an earlier call) is ignored and said so by {@code false}.
 */
public final class KioskState {

    /** Where the kiosk stands. */
    public enum Phase {
        WAITING, RINGING, IN_CALL, ENDED
    }

    private Phase phase = Phase.WAITING;
    private String caller = "";
    private String ended = "";
    private Instant since;
    private String callId;

    public Phase phase() {
        return phase;
    }

    /** A call rings: it becomes the call on screen; {@code callerText} is who calls, in words ({@link CallerText}). */
    public void ringing(String call, String callerText) {
        callId = call;
        phase = Phase.RINGING;
        caller = callerText;
    }

    /** @return whether it was the call on screen (and the screen changed) */
    public boolean inCall(String call, Instant at) {
        if (!current(call)) {
            return false;
        }
        phase = Phase.IN_CALL;
        since = at;
        return true;
    }

    /**
     * The call is over ({@code declined}, {@code missed}, {@code ended}) or was never answered.
     *
     * @return whether it was the call on screen (and the screen changed)
     */
    public boolean ended(String call, String type) {
        if (!current(call)) {
            return false;
        }
        ended = switch (type) {
            case "declined" -> "You declined the call";
            case "missed" -> "Missed call";
            default -> "The call has ended";
        };
        phase = Phase.ENDED;
        return true;
    }

    private boolean current(String call) {
        return callId != null && callId.equals(call);
    }

    public boolean canAnswer() {
        return phase == Phase.RINGING;
    }

    public boolean canHangUp() {
        return phase == Phase.IN_CALL;
    }

    /** The large line at the top of the screen. */
    public String headline(Instant now) {
        return switch (phase) {
            case WAITING -> "No call";
            case RINGING -> caller + " is calling";
            case IN_CALL -> "In call with " + caller + " · " + clock(Duration.between(since, now));
            case ENDED -> ended + (caller.isEmpty() ? "" : ": " + caller);
        };
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}

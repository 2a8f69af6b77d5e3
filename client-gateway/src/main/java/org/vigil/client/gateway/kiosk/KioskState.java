package org.vigil.client.gateway.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * What the kiosk on the patient's screen shows: waiting, a call ringing (who calls, from which
 * station), a call in progress, or how the last one ended; and which of its few buttons are live.
 * The words are for a patient: short, no codes. Whether a ring is answered without a touch is the
 * patient's auto-answer setting, which comes with the ring.
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

    public Phase phase() {
        return phase;
    }

    /** A call rings: {@code caller} is who calls, in words ({@link CallerText}). */
    public void ringing(String callerText) {
        phase = Phase.RINGING;
        caller = callerText;
    }

    public void inCall(Instant at) {
        phase = Phase.IN_CALL;
        since = at;
    }

    /** The call is over ({@code declined}, {@code missed}, {@code ended}) or was never answered. */
    public void ended(String type) {
        ended = switch (type) {
            case "declined" -> "You declined the call";
            case "missed" -> "Missed call";
            default -> "The call has ended";
        };
        phase = Phase.ENDED;
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

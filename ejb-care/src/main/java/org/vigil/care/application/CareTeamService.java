package org.vigil.care.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

/**
 * What the doctors and nurses of a patient's care team do about the patient's alerts: look at
 * one, acknowledge it, snooze it with a reason, set the patient's limits, and enter what no
 * device measures to complete NEWS2. Every method first refuses (403) a caller that {@link CareAccessRule} does not let
 * act as a doctor or nurse (a doctor only, for the SpO2 scale), then anyone who is not a current member of the
 * patient's care team; every step is recorded: an alert's in its own history, reading one and the settings and
 * entries on the audit trail, in the same transaction.
 */
@Local
public interface CareTeamService {

    /** Audited as {@code alert.read}. */
    AlertView alert(Caller caller, UUID alertId);

    AlertView acknowledge(Caller caller, UUID alertId);

    AlertView snooze(Caller caller, UUID alertId, Instant until, String reason);

    /** Replaces the age group's default limits of one kind for this patient (null: no limit on that side); audited. */
    void setThreshold(Caller caller, UUID patientId, String kind, Double low, Double high);

    /**
     * How long a kind of vital (its code), or the gateway as a whole ({@code *}), may stay silent
     * before the stale-data alarm; audited.
     */
    void setSilenceLimit(Caller caller, UUID patientId, String source, java.time.Duration maxSilence);

    /**
     * A bedside assessment: consciousness (ACVPU), air or oxygen, and optionally a counted
     * respiratory rate and an SpO2 reading; stored, then NEWS2 is scored again; audited.
     */
    News2View assess(Caller caller, UUID patientId, Assessment assessment);

    /**
     * The NEWS2 SpO2 scale of this patient (1, or 2 for hypercapnic respiratory failure with a target of
     * 88–92 %): a doctor of the care team only; NEWS2 is scored again at once; audited. @return the new score
     */
    News2View setSpo2Scale(Caller caller, UUID patientId, int scale);
}

package org.vigil.care.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * What the doctors and nurses of a patient's care team do about the patient's alerts: look at
 * one, acknowledge it, snooze it with a reason, set the patient's limits, and enter what no
 * device measures to complete NEWS2. Every method refuses (403) anyone who is not a current
 * member of the patient's care team; every step is recorded.
 */
@Local
public interface CareTeamService {

    AlertView alert(UUID alertId, UUID member);

    AlertView acknowledge(UUID alertId, UUID member);

    AlertView snooze(UUID alertId, UUID member, Instant until, String reason);

    /** Replaces the age group's default limits of one kind for this patient (null: no limit on that side). */
    void setThreshold(UUID patientId, UUID member, String kind, Double low, Double high);

    /**
     * How long a kind of vital (its code), or the gateway as a whole ({@code *}), may stay silent
     * before the stale-data alarm.
     */
    void setSilenceLimit(UUID patientId, UUID member, String source, java.time.Duration maxSilence);

    /**
     * A bedside assessment: consciousness (ACVPU), air or oxygen, and optionally a counted
     * respiratory rate and an SpO2 reading; stored, then NEWS2 is scored again.
     */
    News2View assess(UUID patientId, UUID member, Assessment assessment);

    /**
     * The NEWS2 SpO2 scale of this patient (1, or 2 for hypercapnic respiratory failure with a target of
     * 88–92 %): a doctor of the care team only; NEWS2 is scored again at once. @return the new score
     */
    News2View setSpo2Scale(UUID patientId, UUID doctor, int scale);
}

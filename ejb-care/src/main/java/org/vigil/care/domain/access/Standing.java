package org.vigil.care.domain.access;

/** Why someone may read a patient's data, or that they may not. */
public enum Standing {
    /** The patient, with a person's token of role {@code patient}. */
    SELF,
    /** A current doctor or nurse of the patient's care team, with a token of that same role. */
    CARE_TEAM,
    /** A monitoring station the patient is currently assigned to, with the station's own token. */
    ASSIGNED_STATION,
    /** An outside application the patient consented to, for the resource types and interactions of its SMART scopes. */
    CONSENTED_APP,
    /** Anybody else: admins, supervisors, gateways, pharmacists, other patients, other clinicians. */
    NONE;

    public boolean mayRead() {
        return this != NONE;
    }
}

package org.vigil.care.domain.patient;

/** What a member of a patient's care team is; escalations go to all current members. */
public enum CareRole {
    DOCTOR, NURSE
}

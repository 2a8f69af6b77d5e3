package org.vigil.care.application;

import java.util.UUID;

/** A current member of a patient's care team: whose account, as {@code DOCTOR} or {@code NURSE}. */
public record CareTeamEntry(UUID accountId, String role) {
}

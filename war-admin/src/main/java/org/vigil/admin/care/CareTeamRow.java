package org.vigil.admin.care;

import java.util.UUID;

/** A care team member, named; {@code role} is {@code doctor} or {@code nurse}. */
public record CareTeamRow(UUID accountId, String name, String role) {
}

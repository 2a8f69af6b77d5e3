package org.vigil.api.admin;

import java.util.UUID;

/** The answer to adding a person to a patient's care team. */
public record CareTeamMember(UUID memberId) {
}

package org.vigil.care.domain.access;

import java.util.Set;
import java.util.UUID;

/**
 * What an outside application may read, as the token the patient consented to says (SMART App Launch 2.x): the one
 * patient it was launched for, and its {@code patient/<Type>.<rs>} scopes. Nothing else of the person's standing comes
 * with it: the app reads that patient's resources of those types, in those interactions, and no other.
 */
public record AppAccess(UUID patientId, Set<String> scopes) {

    public AppAccess {
        scopes = Set.copyOf(scopes);
    }

    /**
     * Whether a {@code patient/} scope allows this interaction on this resource type: {@code r} reads by id,
     * {@code s} searches (SMART v2 permissions; {@code c}, {@code u}, {@code d} have no use in a read-only API).
     */
    public boolean permits(String resourceType, boolean search) {
        char needed = search ? 's' : 'r';
        for (String scope : scopes) {
            if (!scope.startsWith("patient/")) {
                continue;
            }
            int dot = scope.lastIndexOf('.');
            if (dot < 0) {
                continue;
            }
            String type = scope.substring("patient/".length(), dot);
            String permissions = scope.substring(dot + 1);
            if ((type.equals(resourceType) || type.equals("*")) && permissions.matches("c?r?u?d?s?") && permissions.indexOf(needed) >= 0) {
                return true;
            }
        }
        return false;
    }
}

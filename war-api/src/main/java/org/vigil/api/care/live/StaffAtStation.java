package org.vigil.api.care.live;

import java.util.Optional;
import java.util.UUID;

import org.vigil.identity.oidc.AccessTokenClaims;

/**
 * Whether a person's token may sign the person in at a station: a doctor's or nurse's own token
 * (not a client's), issued to the station's client itself, which is how a station gets it by
 * CIBA. A token some other application holds is refused, so a stolen app token cannot be replayed
 * at a ward screen. The person changes nothing of what the station sees (its assignments decide
 * that); the sign-in is recorded for audit.
 */
public final class StaffAtStation {

    private StaffAtStation() {
    }

    /** @return the person's account id, or empty when the token does not sign a person in at this station */
    public static Optional<UUID> signedIn(AccessTokenClaims person, String stationClientId) {
        if (person.isClientItself() || !stationClientId.equals(person.clientId())
                || !(person.hasRole("doctor") || person.hasRole("nurse"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(person.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

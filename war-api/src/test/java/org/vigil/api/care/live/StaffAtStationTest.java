package org.vigil.api.care.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.identity.oidc.AccessTokenClaims;

class StaffAtStationTest {

    private static final String STATION_CLIENT = "station-ward-1";
    private static final UUID DOCTOR = UUID.randomUUID();

    private static AccessTokenClaims token(String subject, String clientId, String... roles) {
        Instant now = Instant.now();
        return new AccessTokenClaims(subject, clientId, Set.of("openid"), List.of(roles), null, null, "jti", now, now.plusSeconds(300));
    }

    @Test
    void aDoctorsOrNursesTokenObtainedByTheStationSignsThemIn() {
        assertThat(StaffAtStation.signedIn(token(DOCTOR.toString(), STATION_CLIENT, "doctor"), STATION_CLIENT)).contains(DOCTOR);
        assertThat(StaffAtStation.signedIn(token(DOCTOR.toString(), STATION_CLIENT, "nurse"), STATION_CLIENT)).contains(DOCTOR);
    }

    @Test
    void aTokenOfAnotherClientOrRoleOrAClientItselfSignsNobodyIn() {
        assertThat(StaffAtStation.signedIn(token(DOCTOR.toString(), "some-other-app", "doctor"), STATION_CLIENT)).as("another app's token").isEmpty();
        assertThat(StaffAtStation.signedIn(token(DOCTOR.toString(), STATION_CLIENT, "patient", "supervisor"), STATION_CLIENT)).as("no care role")
                .isEmpty();
        assertThat(StaffAtStation.signedIn(token(STATION_CLIENT, STATION_CLIENT, "doctor"), STATION_CLIENT)).as("the station's own token").isEmpty();
        assertThat(StaffAtStation.signedIn(token("not-an-account-id", STATION_CLIENT, "doctor"), STATION_CLIENT)).as("no account id").isEmpty();
    }
}

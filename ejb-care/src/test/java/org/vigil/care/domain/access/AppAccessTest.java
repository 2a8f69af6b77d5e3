package org.vigil.care.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AppAccessTest {

    @Test
    void smartV2PermissionsAllowReadsAndSearchesByLetter() {
        AppAccess access = new AppAccess(UUID.randomUUID(), Set.of("openid", "launch/patient", "patient/Observation.rs", "patient/Patient.r"));
        assertThat(access.permits("Observation", false)).isTrue();
        assertThat(access.permits("Observation", true)).isTrue();
        assertThat(access.permits("Patient", false)).isTrue();
        assertThat(access.permits("Patient", true)).isFalse();
        assertThat(access.permits("AuditEvent", false)).isFalse();
    }

    @Test
    void userAndSystemScopesAndMalformedOnesPermitNothing() {
        assertThat(new AppAccess(UUID.randomUUID(), Set.of("user/Observation.rs", "system/Patient.r")).permits("Observation", false)).isFalse();
        assertThat(new AppAccess(UUID.randomUUID(), Set.of("patient/Observation.sr", "patient/Observation")).permits("Observation", false))
                .as("v2 letters come in the order cruds").isFalse();
        assertThat(new AppAccess(UUID.randomUUID(), Set.of("patient/*.rs")).permits("Observation", true)).isTrue();
    }
}

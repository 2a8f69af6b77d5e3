package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrivilegedScopeTest {

    @Test
    void aPrivilegedScopeIsGrantedOnlyWithItsRole() {
        assertThat(PrivilegedScope.grantable(List.of("openid", "vigil:admin"), List.of("admin"))).containsExactly("openid", "vigil:admin");
        assertThat(PrivilegedScope.grantable(List.of("openid", "vigil:admin"), List.of("doctor"))).containsExactly("openid");
    }

    @Test
    void aPrivilegedRoleCountsOnlyWithItsScopeAndNothingCountsThroughAnOutsideApplication() {
        assertThat(PrivilegedScope.effectiveRoles(List.of("admin", "doctor"), Set.of("openid"), true)).containsExactly("doctor");
        assertThat(PrivilegedScope.effectiveRoles(List.of("admin", "doctor"), Set.of("vigil:admin"), true))
                .containsExactlyInAnyOrder("admin", "doctor");
        assertThat(PrivilegedScope.effectiveRoles(List.of("admin", "doctor"), Set.of("vigil:admin"), false)).isEmpty();
    }
}

package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vigil.platform.access.AdminAuthorization;

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

    @Test
    void theAdminScopeIsTheOneEveryAdminOperationDemands() {
        // tokens are granted by PrivilegedScope, admin operations check AdminAuthorization: they must name the same thing
        assertThat(PrivilegedScope.ADMIN.value()).isEqualTo(AdminAuthorization.SCOPE);
        assertThat(PrivilegedScope.ADMIN.role().claim()).isEqualTo(AdminAuthorization.ROLE);
    }
}

package org.vigil.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AdminAuthorizationTest {

    private static Caller caller(Set<String> roles, Set<String> scopes, boolean firstParty, boolean clientItself) {
        return new Caller("subject-1", clientItself, roles, scopes, firstParty, "192.0.2.7");
    }

    @Test
    void anAdminWithTheScopeThroughOurOwnApplicationPassesAndIsNamedForTheAudit() {
        assertThat(AdminAuthorization.require(caller(Set.of("admin"), Set.of("openid", "vigil:admin"), true, false)))
                .isEqualTo("account:subject-1");
        assertThat(AdminAuthorization.require(caller(Set.of("admin"), Set.of("vigil:admin"), true, true)))
                .isEqualTo("client:subject-1");
    }

    @Test
    void withoutTheRoleItIsForbiddenWhateverTheScope() {
        assertThatThrownBy(() -> AdminAuthorization.require(caller(Set.of("doctor"), Set.of("vigil:admin"), true, false)))
                .isInstanceOfSatisfying(AdminForbidden.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.type()).hasToString("urn:vigil:problem:forbidden");
                    assertThat(e.detail()).isEqualTo("This call needs the admin role.");
                    assertThat(e.headers()).isEmpty();
                });
    }

    @Test
    void anOutsideApplicationIsForbiddenEvenWithRoleAndScope() {
        assertThatThrownBy(() -> AdminAuthorization.require(caller(Set.of("admin"), Set.of("vigil:admin"), false, false)))
                .isInstanceOf(AdminForbidden.class).hasMessageContaining("Vigil's own applications only");
    }

    @Test
    void theRoleWithoutTheScopeAsksForTheScope() {
        assertThatThrownBy(() -> AdminAuthorization.require(caller(Set.of("admin"), Set.of("openid"), true, false)))
                .isInstanceOfSatisfying(InsufficientScope.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.type()).hasToString("urn:vigil:problem:insufficient-scope");
                    assertThat(e.headers()).containsEntry("WWW-Authenticate",
                            "Bearer realm=\"vigil\", error=\"insufficient_scope\", scope=\"vigil:admin\"");
                });
    }

    @Test
    void theOutsideApplicationIsReportedBeforeTheMissingScope() {
        // an outside app never gets the scope; telling it to ask for the scope would mislead
        assertThatThrownBy(() -> AdminAuthorization.require(caller(Set.of("admin"), Set.of(), false, false)))
                .isInstanceOf(AdminForbidden.class);
    }
}

package org.vigil.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ConsolePageTest {

    @Test
    void everyPageIsFoundAtItsPathAndTheRootIsTheOverview() {
        for (ConsolePage page : ConsolePage.values()) {
            assertThat(ConsolePage.at(page.path())).contains(page);
        }
        assertThat(ConsolePage.at("/")).contains(ConsolePage.HOME);
        assertThat(ConsolePage.at("/nothing.xhtml")).isEmpty();
        assertThat(ConsolePage.at("/WEB-INF/templates/console.xhtml")).isEmpty();
    }

    @Test
    void onlyAdminsOpenTheAdminPagesAndEachRoleItsOwn() {
        EnumSet<ConsoleRole> supervisor = EnumSet.of(ConsoleRole.SUPERVISOR);
        assertThat(ConsolePage.PEOPLE.openTo(supervisor)).isFalse();
        assertThat(ConsolePage.AUDIT_EXPORT.openTo(supervisor)).isFalse();
        assertThat(ConsolePage.ASSIGNMENTS.openTo(supervisor)).isTrue();
        assertThat(ConsolePage.HOME.openTo(supervisor)).isTrue();
        assertThat(ConsolePage.HOME.openTo(EnumSet.noneOf(ConsoleRole.class))).isFalse();
        assertThat(ConsolePage.KYC_QUEUE.openTo(EnumSet.of(ConsoleRole.ADMIN))).isFalse();
        assertThat(ConsolePage.PHARMACY_INBOX.openTo(EnumSet.of(ConsoleRole.PHARMACIST))).isTrue();
        assertThat(ConsolePage.values()).filteredOn(p -> p.roles().equals(EnumSet.of(ConsoleRole.ADMIN))).hasSizeGreaterThan(8);
    }
}

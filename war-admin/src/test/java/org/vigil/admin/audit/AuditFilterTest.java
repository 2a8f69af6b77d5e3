package org.vigil.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.identity.application.InvalidFieldException;

class AuditFilterTest {

    @Test
    void daysAreWholeUtcDaysWithTheLastOneIncluded() {
        AuditFilter filter = AuditFilter.parse(null, null, "account.role", "2026-12-01", "2026-12-03");

        assertThat(filter.from()).contains(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(filter.to()).contains(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(filter.parameters()).containsEntry("action", "account.role").containsEntry("from", "2026-12-01");
    }

    @Test
    void malformedPartsAreRefusedByName() {
        assertThatThrownBy(() -> AuditFilter.parse("bob", null, null, null, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("person");
        assertThatThrownBy(() -> AuditFilter.parse(null, "x", null, null, null)).hasMessageContaining("patient");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, "DROP TABLE", null, null)).hasMessageContaining("action");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "04/12/2026", null)).hasMessageContaining("from");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "2026-12-04", "2026-12-01")).hasMessageContaining("to");
    }

    @Test
    void blanksMeanAnything() {
        UUID person = UUID.randomUUID();
        AuditFilter filter = AuditFilter.parse(" " + person + " ", "", " ", null, "");

        assertThat(filter.person()).contains(person);
        assertThat(filter.patient()).isEmpty();
        assertThat(filter.action()).isEmpty();
        assertThat(filter.parameters()).containsOnlyKeys("person");
    }
}

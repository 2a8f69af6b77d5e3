package org.vigil.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(refusedField(() -> AuditFilter.parse("bob", null, null, null, null))).isEqualTo("person");
        assertThat(refusedField(() -> AuditFilter.parse(null, "x", null, null, null))).isEqualTo("patient");
        assertThat(refusedField(() -> AuditFilter.parse(null, null, "DROP TABLE", null, null))).isEqualTo("action");
        assertThat(refusedField(() -> AuditFilter.parse(null, null, null, "04/12/2026", null))).isEqualTo("from");
        assertThat(refusedField(() -> AuditFilter.parse(null, null, null, "2026-12-04", "2026-12-01"))).isEqualTo("to");
    }

    private static String refusedField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidFieldException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(e).isNotNull();
        return String.valueOf(((java.util.Map<?, ?>) ((java.util.List<?>) e.extensions().get("errors")).get(0)).get("field"));
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

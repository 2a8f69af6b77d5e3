package org.vigil.care.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.audit.AuditTrailQuery;
import org.vigil.care.domain.audit.RecordedAccess;
import org.vigil.care.fhir.PatientDataAccess;
import org.vigil.care.support.CareSchema;

class H2ReadAuditLogTest {

    private final DataSource ds = CareSchema.h2(false);
    private final JdbcReadAuditLog log = new JdbcReadAuditLog(ds);

    @Test
    void recordsComeBackNewestFirstPageByPageAndOnlyForTheirPatient() {
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            log.record(new PatientDataAccess(UUID.randomUUID(), Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i), "account-" + i, "doctor",
                    "app", "10.0.0.1", patient, "Patient/" + patient, false, i % 2 == 0));
        }
        log.record(new PatientDataAccess(UUID.randomUUID(), Instant.now(), "x", "", "app", null, UUID.randomUUID(), "q", true, true));

        AuditTrailQuery everything = new AuditTrailQuery(patient, Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z"), false, 3);
        List<RecordedAccess> first = log.trail(everything, Optional.empty(), 3);
        List<RecordedAccess> rest = log.trail(everything, Optional.of(first.get(2).position()), 3);

        assertThat(first).extracting(r -> r.access().actorId()).containsExactly("account-4", "account-3", "account-2");
        assertThat(rest).extracting(r -> r.access().actorId()).containsExactly("account-1", "account-0");
        assertThat(first.get(1).access().succeeded()).isFalse();
        assertThat(first.get(0).access().clientAddress()).isEqualTo("10.0.0.1");
        assertThat(first.get(0).access().at()).isEqualTo(Instant.parse("2026-11-24T10:00:04Z"));
        assertThat(log.count(everything)).isEqualTo(5);
    }

    @Test
    void aDateRangeNarrowsTheTrailWhichAlsoComesOldestFirst() {
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            log.record(new PatientDataAccess(UUID.randomUUID(), Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i), "account-" + i, "doctor",
                    "app", null, patient, "Patient/" + patient, false, true));
        }
        AuditTrailQuery middle = new AuditTrailQuery(patient, Instant.parse("2026-11-24T10:00:01Z"), Instant.parse("2026-11-24T10:00:04Z"), true, 2);

        List<RecordedAccess> first = log.trail(middle, Optional.empty(), 2);
        List<RecordedAccess> rest = log.trail(middle, Optional.of(first.get(1).position()), 2);

        assertThat(first).extracting(r -> r.access().actorId()).containsExactly("account-1", "account-2");
        assertThat(rest).extracting(r -> r.access().actorId()).containsExactly("account-3");
        assertThat(log.count(middle)).isEqualTo(3);
    }
}

package org.vigil.care.application.internal;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.vigil.care.application.ReadGuard;
import org.vigil.care.domain.access.PatientAccessPolicy;
import org.vigil.care.infrastructure.jdbc.JdbcReadAuditLog;
import org.vigil.care.infrastructure.persistence.JpaCareRelations;
import org.vigil.care.infrastructure.persistence.JpaStationAssignments;

/** The access policy over the care records, as every read bean wires it. */
final class ReadSupport {

    private ReadSupport() {
    }

    static PatientAccessPolicy policy(EntityManager em) {
        return new PatientAccessPolicy(new JpaCareRelations(em), new JpaStationAssignments(em));
    }

    static ReadGuard guard(EntityManager em, DataSource dataSource) {
        return new ReadGuard(policy(em), new JdbcReadAuditLog(dataSource));
    }
}

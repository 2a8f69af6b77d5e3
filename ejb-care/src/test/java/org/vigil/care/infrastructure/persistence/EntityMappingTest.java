package org.vigil.care.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.news2.ClinicalAssessment;
import org.vigil.care.domain.observation.Observation;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.stale.SilenceLimit;
import org.vigil.care.domain.threshold.PatientThreshold;
import org.vigil.care.support.CareSchema;

/**
 * The server runs the care unit with {@code hibernate.hbm2ddl.auto=validate}: an entity that
 * drifted from the migrations would fail the deployment. This finds it at build time.
 */
class EntityMappingTest {

    static final List<Class<?>> ENTITIES = List.of(Patient.class, CareTeamMember.class, Gateway.class, Station.class,
            Assignment.class, Observation.class, ClinicalAssessment.class, PatientThreshold.class, SilenceLimit.class,
            Alert.class, AlertEvent.class);

    @Test
    void everyEntityMatchesTheMigratedSchema() {
        JdbcDataSource ds = (JdbcDataSource) CareSchema.h2(false);
        Configuration cfg = new Configuration()
                .setProperty("hibernate.connection.url", ds.getURL())
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        ENTITIES.forEach(cfg::addAnnotatedClass);

        assertThatCode(() -> {
            try (SessionFactory sf = cfg.buildSessionFactory()) {
                sf.getMetamodel();
            }
        }).doesNotThrowAnyException();
    }
}

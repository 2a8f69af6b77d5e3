package org.vigil.care.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.pharmacy.Pharmacist;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.pharmacy.PreferredPharmacy;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionPdf;
import org.vigil.care.domain.prescription.SignatureCheck;
import org.vigil.care.support.CareSchema;

/** The prescription and pharmacy entities against migration V10, as the server validates them at deployment. */
class PrescriptionMappingTest {

    @Test
    void prescriptionAndPharmacyEntitiesMatchTheMigratedSchema() {
        JdbcDataSource ds = (JdbcDataSource) CareSchema.h2(false);
        Configuration cfg = new Configuration()
                .setProperty("hibernate.connection.url", ds.getURL())
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        List<Class<?>> entities = new ArrayList<>(EntityMappingTest.ENTITIES);
        entities.addAll(List.of(Pharmacy.class, Pharmacist.class, PreferredPharmacy.class, Prescription.class, PrescriptionEvent.class,
                PrescriptionPdf.class, SignatureCheck.class));
        entities.forEach(cfg::addAnnotatedClass);
        assertThatCode(() -> {
            try (SessionFactory sf = cfg.buildSessionFactory()) {
                sf.getMetamodel();
            }
        }).doesNotThrowAnyException();
    }
}

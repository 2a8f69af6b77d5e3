package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.ObservationIngest;
import org.vigil.care.application.ObservationService;
import org.vigil.care.application.UnknownGatewayException;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.observation.ClockSkewPolicy;
import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.ObservationInput;
import org.vigil.care.domain.observation.ObservationValidator;
import org.vigil.care.infrastructure.jdbc.JdbcObservationStore;

/** The ingest core in one transaction: the JDBC batch joins it, so an answer means it committed. */
@Stateless
public class DefaultObservationService implements ObservationService {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Override
    public List<IngestResult> ingest(String gatewayClientId, List<ObservationInput> items) {
        Gateway gateway = em.createQuery("select g from Gateway g where g.clientId = :client", Gateway.class)
                .setParameter("client", gatewayClientId)
                .getResultStream()
                .filter(Gateway::active)
                .findFirst()
                .orElseThrow(() -> new UnknownGatewayException(gatewayClientId));
        ObservationIngest ingest = new ObservationIngest(new ObservationValidator(ClockSkewPolicy.DEFAULT), new JdbcObservationStore(dataSource));
        return ingest.ingest(gateway.patientId(), gateway.clientId(), items, Instant.now()).results();
    }
}

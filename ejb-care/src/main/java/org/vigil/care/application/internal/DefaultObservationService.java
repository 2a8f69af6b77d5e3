package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.IngestOutcome;
import org.vigil.care.application.ObservationIngest;
import org.vigil.care.application.ObservationService;
import org.vigil.care.application.UnknownGatewayException;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.observation.ClockSkewPolicy;
import org.vigil.care.domain.observation.IngestResult;
import org.vigil.care.domain.observation.ObservationInput;
import org.vigil.care.domain.observation.ObservationValidator;
import org.vigil.care.infrastructure.jdbc.JdbcObservationStore;

/**
 * The ingest core in one transaction: the JDBC batch joins it, so an answer means it committed.
 * What the upload newly stored is evaluated for alerts and logged for the stations in the same
 * transaction; stations hear of it only after the commit.
 */
@Stateless
public class DefaultObservationService implements ObservationService {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    AlertRules rules;

    @Inject
    LiveEventPublisher publisher;

    @Override
    public List<IngestResult> ingest(String gatewayClientId, List<ObservationInput> items) {
        Gateway gateway = em.createQuery("select g from Gateway g where g.clientId = :client", Gateway.class)
                .setParameter("client", gatewayClientId)
                .getResultStream()
                .filter(Gateway::active)
                .findFirst()
                .orElseThrow(() -> new UnknownGatewayException(gatewayClientId));
        ObservationIngest ingest = new ObservationIngest(new ObservationValidator(ClockSkewPolicy.DEFAULT), new JdbcObservationStore(dataSource));
        Instant now = Instant.now();
        IngestOutcome outcome = ingest.ingest(gateway.patientId(), gateway.clientId(), items, now);
        if (!outcome.stored().isEmpty()) {
            Patient patient = em.find(Patient.class, gateway.patientId());
            List<NewLiveEvent> live = new ArrayList<>();
            live.add(LivePayloads.observations(patient.id(), outcome.stored(), now));
            live.addAll(rules.afterIngest(patient, outcome.stored(), now));
            em.flush();
            // last: the log's counter row stays locked until this transaction commits
            publisher.publish(live);
        }
        return outcome.results();
    }
}

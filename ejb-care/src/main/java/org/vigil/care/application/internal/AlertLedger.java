package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.alert.AlertSeverity;
import org.vigil.care.domain.alert.Raised;
import org.vigil.care.domain.live.NewLiveEvent;

/**
 * Alerts kept in the database: finds the open alert of a condition, raises or refreshes it,
 * records every step in {@code care_alert_event} (the alerts' audit trail) and returns the live
 * events that tell the stations.
 */
@ApplicationScoped
public class AlertLedger {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    public Optional<Alert> open(UUID patientId, String condition) {
        return em.createQuery("select a from Alert a where a.openCondition = :key", Alert.class)
                .setParameter("key", Alert.openKey(patientId, condition))
                .getResultStream().findFirst();
    }

    /** The conditions with an open alert for the patient, in one query: most uploads clear nothing. */
    public Set<String> openConditions(UUID patientId) {
        return new HashSet<>(em.createQuery("select a.condition from Alert a where a.patientId = :p and a.openCondition is not null", String.class)
                .setParameter("p", patientId).getResultList());
    }

    /** Raises the condition's alert, or refreshes the open one (no duplicate while it is open). */
    public List<NewLiveEvent> raiseOrRefresh(UUID patientId, String condition, AlertSeverity severity, String message, Instant now) {
        Optional<Alert> open = open(patientId, condition);
        if (open.isPresent()) {
            return record(open.get(), open.get().seenAgain(severity, message, now));
        }
        Raised raised = Alert.raise(patientId, condition, severity, message, now);
        em.persist(raised.alert());
        // the unique open_condition must be checked now, inside this upload, not at commit
        em.flush();
        return record(raised.alert(), List.of(raised.event()));
    }

    public List<NewLiveEvent> clear(UUID patientId, String condition, Instant now) {
        return open(patientId, condition).map(a -> record(a, a.cleared(now))).orElse(List.of());
    }

    public List<NewLiveEvent> record(Alert alert, List<AlertEvent> steps) {
        List<NewLiveEvent> live = new ArrayList<>(steps.size());
        for (AlertEvent step : steps) {
            em.persist(step);
            live.add(LivePayloads.alertStep(alert, step));
        }
        return live;
    }
}

package org.vigil.care.application.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.vigil.care.application.AlertView;
import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.alert.AlertState;

/** An alert with its steps, as the care team and the stations read it. */
final class AlertViews {

    private AlertViews() {
    }

    static AlertView of(EntityManager em, Alert alert) {
        List<AlertView.Step> steps = em.createQuery("select e from AlertEvent e where e.alertId = :a order by e.id", AlertEvent.class)
                .setParameter("a", alert.id()).getResultStream()
                .map(e -> new AlertView.Step(e.occurredAt(), e.action().name().toLowerCase(Locale.ROOT), e.actor(), e.reason())).toList();
        return new AlertView(alert.id(), alert.patientId(), alert.condition(), alert.severity().name().toLowerCase(Locale.ROOT),
                alert.state().name().toLowerCase(Locale.ROOT), alert.message(), alert.raisedAt(), alert.snoozedUntil(), alert.escalatedAt(), steps);
    }

    /** The patient's alerts nobody has acknowledged and that are not closed (raised, snoozed or escalated), oldest first. */
    static List<AlertView> openOf(EntityManager em, UUID patientId) {
        return em.createQuery("select a from Alert a where a.patientId = :p and a.state in :open order by a.raisedAt", Alert.class)
                .setParameter("p", patientId).setParameter("open", List.of(AlertState.OPEN, AlertState.SNOOZED, AlertState.ESCALATED))
                .getResultStream().map(a -> of(em, a)).toList();
    }
}

package org.vigil.care.application.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertAction;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.alert.AlertSeverity;
import org.vigil.care.domain.alert.AlertState;
import org.vigil.care.domain.alert.EscalationPolicy;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.live.ReplayWindow;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.stale.SilenceLimit;
import org.vigil.care.domain.stale.SilenceWatch;
import org.vigil.care.domain.stale.StaleData;
import org.vigil.care.domain.stale.StaleDataCheck;
import org.vigil.care.infrastructure.jdbc.JdbcLiveEventLog;
import org.vigil.care.infrastructure.jdbc.ObservationStoreException;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;

/**
 * What time alone changes, in one transaction per tick of {@link AlertClock}: snoozes that ran
 * out, alerts unacknowledged past the escalation time (each escalation pushes an
 * {@code alert-escalation} to every current member of the patient's care team), stale-data
 * alarms for sources silent past their limit, and the live log's old end.
 */
@Stateless
public class AlertTimer {

    /** An escalation push older than this is of no use to anyone. */
    static final Duration PUSH_LIFETIME = Duration.ofHours(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    AlertLedger ledger;

    @Inject
    AlertSettings settings;

    @Inject
    LiveEventPublisher publisher;

    @Inject
    PushQueue push;

    public void tick(Instant now) {
        EscalationPolicy policy = settings.escalation();
        List<NewLiveEvent> live = new ArrayList<>();
        List<Alert> waiting = em.createQuery("select a from Alert a where a.state in :states", Alert.class)
                .setParameter("states", List.of(AlertState.OPEN, AlertState.SNOOZED)).getResultList();
        for (Alert alert : waiting) {
            List<AlertEvent> steps = alert.tick(policy, now);
            live.addAll(ledger.record(alert, steps));
            if (steps.stream().anyMatch(s -> s.action() == AlertAction.ESCALATED)) {
                escalate(alert, now);
            }
        }
        for (StaleData stale : StaleDataCheck.due(watches(now), now)) {
            live.addAll(ledger.raiseOrRefresh(stale.patientId(), stale.condition(), AlertSeverity.WARNING, stale.message(), now));
        }
        new JdbcLiveEventLog(dataSource).prune(now.minus(ReplayWindow.MAX_AGE));
        em.flush();
        publisher.publish(live);
    }

    private void escalate(Alert alert, Instant now) {
        String payload = payload(alert);
        em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.until is null", CareTeamMember.class)
                .setParameter("p", alert.patientId()).getResultStream()
                .map(m -> m.accountId().toString()).distinct()
                .forEach(member -> push.send(PushNotification.of(member, "alert-escalation", payload, now.plus(PUSH_LIFETIME))));
    }

    private static String payload(Alert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alert.id().toString());
        body.put("patientId", alert.patientId().toString());
        body.put("condition", alert.condition());
        body.put("severity", alert.severity().name().toLowerCase(java.util.Locale.ROOT));
        body.put("message", alert.message());
        body.put("raisedAt", alert.raisedAt().toString());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every silence limit with when its source was last heard from (admission, if never). */
    private List<SilenceWatch> watches(Instant now) {
        List<SilenceLimit> limits = em.createQuery("select s from SilenceLimit s", SilenceLimit.class).getResultList();
        List<SilenceWatch> watches = new ArrayList<>(limits.size());
        for (SilenceLimit limit : limits) {
            Patient patient = em.find(Patient.class, limit.patientId());
            if (patient == null || !patient.monitored()) {
                continue;
            }
            Instant heard = lastHeard(limit.patientId(), limit.source());
            watches.add(new SilenceWatch(limit.patientId(), limit.source(), limit.maxSilence(), heard != null ? heard : patient.admittedAt()));
        }
        return watches;
    }

    private Instant lastHeard(UUID patientId, String source) {
        boolean any = SilenceLimit.GATEWAY.equals(source);
        String sql = "SELECT MAX(received_at) FROM care_observation WHERE patient_id = ?" + (any ? "" : " AND kind = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, patientId);
            if (!any) {
                ps.setString(2, source);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            }
        } catch (SQLException e) {
            throw new ObservationStoreException("reading when " + source + " was last heard failed", e);
        }
    }
}

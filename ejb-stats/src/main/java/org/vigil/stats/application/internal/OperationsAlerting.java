package org.vigil.stats.application.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.directory.RoleHolders;
import org.vigil.platform.ops.TrustCertificates;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;
import org.vigil.stats.application.StatsSettings;
import org.vigil.stats.domain.alert.AlertCondition;
import org.vigil.stats.domain.alert.AlertRules;
import org.vigil.stats.domain.alert.CertificateValidity;
import org.vigil.stats.domain.alert.OperationsAlert;
import org.vigil.stats.domain.fleet.DeviceState;
import org.vigil.stats.domain.series.RollupMark;

/**
 * One check of the operations alerts: the conditions that hold now become alerts (each new one
 * pushed to every admin's devices through the push server, in the same transaction), alerts whose
 * condition ended are cleared. The check's lock row makes one node at a time do it.
 */
@Stateless
public class OperationsAlerting {

    static final String PUSH_KIND = "operations-alert";
    private static final Logger LOG = Logger.getLogger(OperationsAlerting.class.getName());

    @PersistenceContext(unitName = "stats")
    EntityManager em;

    @Inject
    StatsSettings settings;

    @Inject
    PushQueue push;

    @EJB
    RoleHolders roleHolders;

    @EJB
    TrustCertificates trustCertificates;

    public void check(long deadLetters) {
        Instant now = Instant.now();
        RollupMark lock = em.find(RollupMark.class, RollupMark.ALERTS, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            em.persist(new RollupMark(RollupMark.ALERTS, now));
            em.flush();
        } else {
            lock.advanceTo(now);
        }
        List<DeviceState> devices = em.createQuery("select d from DeviceState d", DeviceState.class).getResultList();
        List<CertificateValidity> certificates = trustCertificates.current().stream()
                .map(c -> new CertificateValidity(c.name(), c.notAfter())).toList();
        List<AlertCondition> holding = new AlertRules(settings.alerts()).evaluate(devices, deadLetters, certificates, now);
        List<OperationsAlert> open = new ArrayList<>(em.createQuery("select a from OperationsAlert a where a.clearedAt is null",
                OperationsAlert.class).getResultList());
        for (AlertCondition condition : holding) {
            OperationsAlert existing = open.stream().filter(a -> a.matches(condition)).findFirst().orElse(null);
            if (existing != null) {
                existing.update(condition);
                open.remove(existing);
            } else {
                OperationsAlert raised = new OperationsAlert(condition, now);
                em.persist(raised);
                notifyAdmins(raised, now);
            }
        }
        open.forEach(a -> a.clear(now));
    }

    private void notifyAdmins(OperationsAlert alert, Instant now) {
        String payload = Json.createObjectBuilder().add("alertId", alert.id().toString()).add("kind", alert.kind().name())
                .add("title", alert.kind().title()).add("subject", alert.subject()).add("message", alert.message())
                .add("raisedAt", alert.raisedAt().toString()).build().toString();
        List<String> admins = roleHolders.accountsHolding("admin");
        admins.forEach(admin -> push.send(PushNotification.of(admin, PUSH_KIND, payload, now.plus(1, ChronoUnit.HOURS))));
        LOG.info(() -> "Operations alert " + alert.kind() + " on " + alert.subject() + " pushed to " + admins.size() + " admin(s)");
    }
}

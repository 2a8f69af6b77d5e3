package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.AlertView;
import org.vigil.care.application.Assessment;
import org.vigil.care.application.CareAccessRule;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.CareTeamService;
import org.vigil.care.application.News2View;
import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.alert.AlertStateException;
import org.vigil.care.domain.alert.EscalationPolicy;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.news2.ClinicalAssessment;
import org.vigil.care.domain.news2.Consciousness;
import org.vigil.care.domain.news2.News2Score;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.patient.Spo2Scale;
import org.vigil.care.domain.stale.SilenceLimit;
import org.vigil.care.domain.threshold.PatientKindKey;
import org.vigil.care.domain.threshold.PatientThreshold;
import org.vigil.care.domain.threshold.Threshold;
import org.vigil.care.infrastructure.jdbc.JdbcObservationStore;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultCareTeamService implements CareTeamService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    AlertLedger ledger;

    @Inject
    AlertRules rules;

    @Inject
    AlertSettings settings;

    @Inject
    LiveEventPublisher publisher;

    @EJB
    AuditRecorder audit;

    @Override
    public AlertView alert(Caller caller, UUID alertId) {
        UUID member = CareAccessRule.careStaff(caller);
        AlertView alert = view(alertFor(alertId, member));
        audit.record(CareAccessRule.auditName(member), "alert.read", "patient:" + alert.patientId(), caller.address(), "alert " + alertId);
        return alert;
    }

    @Override
    public AlertView acknowledge(Caller caller, UUID alertId) {
        UUID member = CareAccessRule.careStaff(caller);
        Alert alert = alertFor(alertId, member);
        List<AlertEvent> steps;
        try {
            steps = alert.acknowledge(member, Instant.now());
        } catch (AlertStateException e) {
            throw CareRefusal.conflict("alert-state", e.getMessage());
        }
        publisher.publish(ledger.record(alert, steps));
        return view(alert);
    }

    @Override
    public AlertView snooze(Caller caller, UUID alertId, Instant until, String reason) {
        UUID member = CareAccessRule.careStaff(caller);
        Alert alert = alertFor(alertId, member);
        EscalationPolicy policy = settings.escalation();
        AlertEvent step;
        try {
            step = alert.snooze(member, until, reason, policy, Instant.now());
        } catch (AlertStateException e) {
            throw CareRefusal.invalid(e.getMessage());
        }
        publisher.publish(ledger.record(alert, List.of(step)));
        return view(alert);
    }

    @Override
    public void setThreshold(Caller caller, UUID patientId, String kindCode, Double low, Double high) {
        UUID member = CareAccessRule.careStaff(caller);
        requireMember(patient(patientId), member);
        VitalKind kind = VitalKind.fromCode(kindCode).orElseThrow(() -> CareRefusal.invalid("There is no kind of vital named " + kindCode + "."));
        if (low == null && high == null) {
            throw CareRefusal.invalid("Give a low limit, a high limit or both.");
        }
        if (low != null && high != null && low > high) {
            throw CareRefusal.invalid("The low limit " + low + " is above the high limit " + high + ".");
        }
        Threshold limits = new Threshold(kind, low, high);
        Instant now = Instant.now();
        PatientThreshold existing = em.find(PatientThreshold.class, new PatientKindKey(patientId, kind.code()));
        if (existing == null) {
            em.persist(new PatientThreshold(patientId, limits, member, now));
        } else {
            existing.change(limits, member, now);
        }
        audit.record(CareAccessRule.auditName(member), "threshold.set", "patient:" + patientId, caller.address(),
                kindCode + " low " + low + " high " + high);
    }

    @Override
    public void setSilenceLimit(Caller caller, UUID patientId, String source, java.time.Duration maxSilence) {
        UUID member = CareAccessRule.careStaff(caller);
        requireMember(patient(patientId), member);
        if (!SilenceLimit.GATEWAY.equals(source) && VitalKind.fromCode(source).isEmpty()) {
            throw CareRefusal.invalid("Name a kind of vital or * for the gateway, not " + source + ".");
        }
        if (maxSilence == null || maxSilence.isNegative() || maxSilence.isZero()) {
            throw CareRefusal.invalid("A silence limit must be positive.");
        }
        SilenceLimit existing = em.find(SilenceLimit.class, new PatientKindKey(patientId, source));
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new SilenceLimit(patientId, source, maxSilence));
        audit.record(CareAccessRule.auditName(member), "silence-limit.set", "patient:" + patientId, caller.address(),
                source + " " + maxSilence.getSeconds() + " s");
    }

    @Override
    public News2View assess(Caller caller, UUID patientId, Assessment assessment) {
        UUID member = CareAccessRule.careStaff(caller);
        Patient patient = patient(patientId);
        requireMember(patient, member);
        Consciousness consciousness = Arrays.stream(Consciousness.values())
                .filter(c -> c.name().replace('_', '-').equalsIgnoreCase(String.valueOf(assessment.consciousness())))
                .findFirst().orElseThrow(() -> CareRefusal.invalid("consciousness must be one of alert, new-confusion, voice, pain, unresponsive."));
        Instant now = Instant.now();
        List<NewObservation> entered = new ArrayList<>();
        entered(patientId, VitalKind.RESPIRATORY_RATE, assessment.respiratoryRate(), member, now).ifPresent(entered::add);
        entered(patientId, VitalKind.SPO2, assessment.spo2(), member, now).ifPresent(entered::add);
        em.persist(new ClinicalAssessment(patientId, now, consciousness, assessment.supplementalOxygen(), member));
        List<NewLiveEvent> live = new ArrayList<>();
        if (!entered.isEmpty()) {
            new JdbcObservationStore(dataSource).insertNew(entered);
            live.add(LivePayloads.observations(patientId, entered, now));
        }
        em.flush();
        live.addAll(rules.news2(patient, now));
        em.flush();
        publisher.publish(live);
        News2View score = news2View(rules.scoreOf(patient, now));
        audit.record(CareAccessRule.auditName(member), "assessment.enter", "patient:" + patientId, caller.address(), score.summary());
        return score;
    }

    @Override
    public News2View setSpo2Scale(Caller caller, UUID patientId, int scale) {
        UUID doctor = CareAccessRule.doctor(caller);
        if (scale != 1 && scale != 2) {
            throw CareRefusal.invalid("The SpO2 scale is 1 or 2 (2: hypercapnic respiratory failure, target 88-92 %).");
        }
        Patient patient = patient(patientId);
        boolean teamDoctor = em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.accountId = :a", CareTeamMember.class)
                .setParameter("p", patientId).setParameter("a", doctor).getResultStream()
                .anyMatch(m -> m.current() && m.role() == CareRole.DOCTOR);
        if (!teamDoctor) {
            throw CareRefusal.forbidden("Only a doctor of the patient's care team chooses the SpO2 scale.");
        }
        patient.useSpo2Scale(Spo2Scale.of(scale));
        em.flush();
        Instant now = Instant.now();
        publisher.publish(rules.news2(patient, now));
        News2View score = news2View(rules.scoreOf(patient, now));
        audit.record(CareAccessRule.auditName(doctor), "spo2-scale.set", "patient:" + patientId, caller.address(),
                "scale " + scale + "; " + score.summary());
        return score;
    }

    static News2View news2View(News2Score score) {
        return new News2View(score.total(), score.band().name().toLowerCase(Locale.ROOT).replace('_', '-'), score.partial(),
                score.missing().stream().map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList(), AlertRules.describe(score));
    }

    private java.util.Optional<NewObservation> entered(UUID patientId, VitalKind kind, Double value, UUID member, Instant now) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        if (!kind.plausible(value)) {
            throw CareRefusal.invalid(kind.code() + " " + value + " " + kind.unit() + " is outside what can be measured.");
        }
        return java.util.Optional.of(new NewObservation(UUID.randomUUID(), patientId, kind, value, now, now, null, null, member));
    }

    private Alert alertFor(UUID alertId, UUID member) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw CareRefusal.notFound("alert", alertId);
        }
        requireMember(patient(alert.patientId()), member);
        return alert;
    }

    private Patient patient(UUID patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw CareRefusal.notFound("patient", patientId);
        }
        return patient;
    }

    private void requireMember(Patient patient, UUID member) {
        boolean current = em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.accountId = :a", CareTeamMember.class)
                .setParameter("p", patient.id()).setParameter("a", member).getResultStream().anyMatch(CareTeamMember::current);
        if (!current) {
            throw CareRefusal.forbidden("Only the patient's care team may do this.");
        }
    }

    private AlertView view(Alert alert) {
        return AlertViews.of(em, alert);
    }
}

package org.vigil.care.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.domain.alert.AlertSeverity;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.news2.ClinicalAssessment;
import org.vigil.care.domain.news2.News2Assembly;
import org.vigil.care.domain.news2.News2Calculator;
import org.vigil.care.domain.news2.News2Score;
import org.vigil.care.domain.news2.RiskBand;
import org.vigil.care.domain.observation.NewObservation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.stale.SilenceLimit;
import org.vigil.care.domain.stale.StaleData;
import org.vigil.care.domain.threshold.PatientThreshold;
import org.vigil.care.domain.threshold.ThresholdCheck;
import org.vigil.care.domain.threshold.ThresholdDefaults;
import org.vigil.care.domain.threshold.Threshold;
import org.vigil.care.infrastructure.jdbc.JdbcObservationSeries;

/**
 * The alert rules run on every upload, in its transaction, over the observations it newly stored
 * (a retried batch stores nothing, so it raises nothing): the patient's limits kind by kind, in
 * the order the values were measured; data coming back ends a stale-data alarm; and NEWS2 over
 * the latest values whenever one of its parameters arrived.
 */
@ApplicationScoped
public class AlertRules {

    /** The condition key of the NEWS2 alert. */
    public static final String NEWS2 = "news2";

    private static final Set<VitalKind> NEWS2_KINDS = EnumSet.of(VitalKind.RESPIRATORY_RATE, VitalKind.SPO2, VitalKind.SYSTOLIC_PRESSURE,
            VitalKind.HEART_RATE, VitalKind.PULSE_RATE, VitalKind.BODY_TEMPERATURE);

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    AlertLedger ledger;

    public List<NewLiveEvent> afterIngest(Patient patient, List<NewObservation> stored, Instant now) {
        List<NewLiveEvent> live = new ArrayList<>();
        Set<String> open = ledger.openConditions(patient.id());
        ThresholdCheck limits = limitsOf(patient, now);
        List<NewObservation> inOrder = stored.stream().sorted(Comparator.comparing(NewObservation::measuredAt)).toList();
        for (NewObservation o : inOrder) {
            Optional<org.vigil.care.domain.threshold.Breach> breach = limits.check(o.kind(), o.value());
            if (breach.isPresent()) {
                live.addAll(ledger.raiseOrRefresh(patient.id(), breach.get().condition(), AlertSeverity.URGENT, breach.get().message(), now));
                open.add(breach.get().condition());
            } else {
                // a later value of the same upload may end what an earlier one raised
                ThresholdCheck.conditionsOf(o.kind()).stream().filter(open::remove)
                        .forEach(condition -> live.addAll(ledger.clear(patient.id(), condition, now)));
            }
        }
        if (!stored.isEmpty()) {
            Stream.concat(Stream.of(StaleData.condition(SilenceLimit.GATEWAY)),
                            stored.stream().map(NewObservation::kind).distinct().map(kind -> StaleData.condition(kind.code())))
                    .filter(open::contains)
                    .forEach(condition -> live.addAll(ledger.clear(patient.id(), condition, now)));
        }
        if (stored.stream().anyMatch(o -> NEWS2_KINDS.contains(o.kind()))) {
            live.addAll(news2(patient, now, open.contains(NEWS2)));
        }
        return live;
    }

    /** Scores NEWS2 from the latest values and assessment; raises, refreshes or clears its alert. */
    public List<NewLiveEvent> news2(Patient patient, Instant now) {
        return news2(patient, now, true);
    }

    private List<NewLiveEvent> news2(Patient patient, Instant now, boolean mayBeOpen) {
        News2Score score = scoreOf(patient, now);
        if (score.band() == RiskBand.LOW) {
            // a partial low score is a floor, not an all-clear
            return score.partial() || !mayBeOpen ? List.of() : ledger.clear(patient.id(), NEWS2, now);
        }
        return ledger.raiseOrRefresh(patient.id(), NEWS2, AlertSeverity.of(score.band()), describe(score), now);
    }

    public News2Score scoreOf(Patient patient, Instant now) {
        Optional<ClinicalAssessment> assessment = em.createQuery(
                        "select c from ClinicalAssessment c where c.patientId = :p order by c.assessedAt desc", ClinicalAssessment.class)
                .setParameter("p", patient.id()).setMaxResults(1).getResultStream().findFirst();
        return new News2Calculator().score(new News2Assembly(News2Assembly.DEFAULT_MAX_AGE)
                .assemble(new JdbcObservationSeries(dataSource).latest(patient.id(), NEWS2_KINDS), assessment, patient.spo2Scale(), now));
    }

    public static String describe(News2Score score) {
        String band = score.band().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!score.partial()) {
            return "NEWS2 " + score.total() + " (" + band + ")";
        }
        return "partial NEWS2 at least " + score.total() + " (" + band + "), missing " + score.missing().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private ThresholdCheck limitsOf(Patient patient, Instant now) {
        Map<VitalKind, Threshold> overrides = em.createQuery("select t from PatientThreshold t where t.key.patientId = :p", PatientThreshold.class)
                .setParameter("p", patient.id()).getResultStream()
                .map(PatientThreshold::limits)
                .collect(Collectors.toMap(Threshold::kind, Function.identity()));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new ThresholdCheck(ThresholdDefaults.forPatient(patient.ageOn(today), patient.spo2Scale()), overrides);
    }
}

package org.vigil.care.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.AlertView;
import org.vigil.care.application.CareDirectory;
import org.vigil.care.application.Chart;
import org.vigil.care.application.InvalidPageTokenException;
import org.vigil.care.application.PageTokenKeys;
import org.vigil.care.application.PatientCardView;
import org.vigil.care.application.PatientDataReads;
import org.vigil.care.application.ValuesPage;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.series.BucketWidth;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.CursorCodec;
import org.vigil.care.domain.series.InvalidCursorException;
import org.vigil.care.domain.series.LatestValue;
import org.vigil.care.domain.series.SeriesPage;
import org.vigil.care.infrastructure.jdbc.JdbcObservationSeries;

/** Each read in one transaction with its audit record: the record commits with the read or neither does. */
@Stateless
public class DefaultPatientDataReads implements PatientDataReads {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @EJB
    PageTokenKeys keys;

    @EJB
    CareDirectory directory;

    @Inject
    AlertRules rules;

    @Override
    public Chart chart(Requester requester, UUID patientId, VitalKind kind, Instant from, Instant to, int maxPoints, String what) {
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        Duration width = BucketWidth.forRange(Duration.between(from, to), maxPoints);
        return new Chart(width, new JdbcObservationSeries(dataSource).downsample(patientId, kind, from, to, width));
    }

    @Override
    public ValuesPage values(Requester requester, UUID patientId, VitalKind kind, Instant from, Instant to, Optional<String> pageToken,
            int limit, String what) {
        CursorCodec codec = keys.codec();
        Optional<Cursor> after;
        try {
            after = pageToken.map(t -> codec.decode(t, patientId, kind.code()));
        } catch (InvalidCursorException e) {
            throw new InvalidPageTokenException(e.getMessage());
        }
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        SeriesPage page = new JdbcObservationSeries(dataSource).page(patientId, kind, from, to, after, limit);
        return new ValuesPage(page.points(), page.next().map(c -> codec.encode(c, patientId, kind.code())));
    }

    @Override
    public List<LatestValue> latest(Requester requester, UUID patientId, String what) {
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        return List.copyOf(new JdbcObservationSeries(dataSource).latest(patientId).values());
    }

    @Override
    public List<AlertView> openAlerts(Requester requester, UUID patientId, String what) {
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        return AlertViews.openOf(em, patientId);
    }

    @Override
    public PatientCardView patient(Requester requester, UUID patientId, String what) {
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        // admitted: the patient exists (an unknown id gives no standing)
        Patient patient = em.find(Patient.class, patientId);
        return new PatientCardView(directory.patient(patientId).orElseThrow(), patient.spo2Scale().number(),
                DefaultCareTeamService.news2View(rules.scoreOf(patient, Instant.now())));
    }
}

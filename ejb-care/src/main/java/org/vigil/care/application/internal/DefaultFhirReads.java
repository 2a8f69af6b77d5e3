package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hl7.fhir.r4.model.Observation;
import org.vigil.care.application.AuditReadRefusedException;
import org.vigil.care.application.AuditTrailPage;
import org.vigil.care.application.FhirReads;
import org.vigil.care.application.InvalidPageTokenException;
import org.vigil.care.application.PageTokenKeys;
import org.vigil.care.application.ReadGuard;
import org.vigil.care.domain.access.PatientAccessPolicy;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.audit.AuditTrailQuery;
import org.vigil.care.domain.audit.RecordedAccess;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.CursorCodec;
import org.vigil.care.domain.series.InvalidCursorException;
import org.vigil.care.fhir.FhirObservationSearch;
import org.vigil.care.fhir.FhirPatientMapper;
import org.vigil.care.fhir.ObservationQuery;
import org.vigil.care.fhir.ObservationSearchPage;
import org.vigil.care.infrastructure.jdbc.JdbcObservationSeries;
import org.vigil.care.infrastructure.jdbc.JdbcReadAuditLog;
import org.vigil.care.infrastructure.jdbc.JdbcVitalSigns;

@Stateless
public class DefaultFhirReads implements FhirReads {


    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @EJB
    PageTokenKeys keys;

    @Override
    public org.hl7.fhir.r4.model.Patient patient(Requester requester, UUID patientId, String what) {
        ReadSupport.guard(em, dataSource).admitFhir(requester, patientId, "Patient", what, false);
        return new FhirPatientMapper().toFhir(em.find(Patient.class, patientId));
    }

    @Override
    public List<org.hl7.fhir.r4.model.Patient> patients(Requester requester, Optional<UUID> id, String what) {
        ReadGuard guard = ReadSupport.guard(em, dataSource);
        if (id.isPresent()) {
            guard.admitFhir(requester, id.get(), "Patient", what, true);
            return List.of(new FhirPatientMapper().toFhir(em.find(Patient.class, id.get())));
        }
        PatientAccessPolicy policy = ReadSupport.policy(em);
        List<org.hl7.fhir.r4.model.Patient> found = new ArrayList<>();
        for (UUID candidate : candidates(requester)) {
            if (policy.standing(requester, candidate).mayRead()) {
                guard.record(requester, candidate, what, true, true);
                found.add(new FhirPatientMapper().toFhir(em.find(Patient.class, candidate)));
            }
        }
        return found;
    }

    @Override
    public ObservationSearchPage observations(Requester requester, ObservationQuery query, Optional<String> pageToken, String what) {
        ReadSupport.guard(em, dataSource).admitFhir(requester, query.patientId(), "Observation", what, true);
        try {
            return search().search(query, pageToken);
        } catch (InvalidCursorException e) {
            throw new InvalidPageTokenException(e.getMessage());
        }
    }

    @Override
    public Optional<Observation> observation(Requester requester, String id, String what) {
        FhirObservationSearch search = search();
        Optional<UUID> patient = search.patientOf(id);
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        ReadSupport.guard(em, dataSource).admitFhir(requester, patient.get(), "Observation", what, false);
        return search.read(id);
    }

    @Override
    public AuditTrailPage auditTrail(Requester admin, AuditTrailQuery query, Optional<String> pageToken, String what) {
        if (!admin.hasRole("admin")) {
            throw new AuditReadRefusedException();
        }
        CursorCodec codec = keys.codec();
        Optional<Long> after;
        try {
            after = pageToken.map(t -> codec.decode(t, query.patientId(), query.signature()).id());
        } catch (InvalidCursorException e) {
            throw new InvalidPageTokenException(e.getMessage());
        }
        JdbcReadAuditLog log = new JdbcReadAuditLog(dataSource);
        List<RecordedAccess> rows = log.trail(query, after, query.count() + 1);
        long total = log.count(query);
        ReadSupport.guard(em, dataSource).record(admin, query.patientId(), what, true, true);
        List<RecordedAccess> page = rows.subList(0, Math.min(query.count(), rows.size()));
        Optional<String> next = rows.size() > query.count()
                ? Optional.of(codec.encode(new Cursor(Instant.EPOCH, page.get(page.size() - 1).position()), query.patientId(), query.signature()))
                : Optional.empty();
        return new AuditTrailPage(page.stream().map(RecordedAccess::access).toList(), next, total);
    }

    private FhirObservationSearch search() {
        return new FhirObservationSearch(new JdbcVitalSigns(dataSource), new JdbcObservationSeries(dataSource), keys.codec());
    }

    /** The patients the requester could have standing for, before the policy has its say. */
    private Set<UUID> candidates(Requester requester) {
        Set<UUID> ids = new LinkedHashSet<>();
        requester.accountId().ifPresent(account -> {
            if (requester.hasRole("patient")) {
                em.createQuery("select p.id from Patient p where p.accountId = :account", UUID.class)
                        .setParameter("account", account).getResultStream().forEach(ids::add);
            }
            em.createQuery("select m from CareTeamMember m where m.accountId = :account", CareTeamMember.class)
                    .setParameter("account", account).getResultStream()
                    .filter(CareTeamMember::current)
                    .filter(m -> requester.hasRole(m.role() == CareRole.DOCTOR ? "doctor" : "nurse"))
                    .map(CareTeamMember::patientId).forEach(ids::add);
        });
        if (!requester.person() && requester.hasRole("station")) {
            em.createQuery("""
                            select a.patientId from Assignment a, Station s
                            where s.id = a.stationId and s.clientId = :client and a.releasedAt is null""", UUID.class)
                    .setParameter("client", requester.clientId()).getResultStream().forEach(ids::add);
        }
        return ids;
    }
}

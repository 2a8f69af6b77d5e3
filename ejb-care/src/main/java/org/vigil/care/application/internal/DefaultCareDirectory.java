package org.vigil.care.application.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareAccessRule;
import org.vigil.care.application.CareDirectory;
import org.vigil.care.application.CareTeamEntry;
import org.vigil.care.application.DeviceSummary;
import org.vigil.care.application.PatientSummary;
import org.vigil.care.application.SupervisionBoard;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultCareDirectory implements CareDirectory {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @EJB
    AuditRecorder audit;

    @Override
    public List<PatientSummary> patients(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select p from Patient p where lower(p.familyName) like :p escape '\\' or lower(p.givenName) like :p escape '\\'"
                        + " order by p.familyName, p.givenName, p.id", Patient.class)
                .setParameter("p", pattern).setMaxResults(Math.max(1, Math.min(limit, MAX_RESULTS)))
                .getResultStream().map(DefaultCareDirectory::summary).toList();
    }

    @Override
    public Optional<PatientSummary> patient(UUID patientId) {
        return Optional.ofNullable(em.find(Patient.class, patientId)).map(DefaultCareDirectory::summary);
    }

    @Override
    public List<CareTeamEntry> careTeam(UUID patientId) {
        return em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.until is null order by m.since", CareTeamMember.class)
                .setParameter("p", patientId).getResultStream()
                .map(m -> new CareTeamEntry(m.accountId(), m.role().name())).toList();
    }

    @Override
    public List<DeviceSummary> gateways() {
        return em.createQuery("select g from Gateway g order by g.enrolledAt", Gateway.class).getResultStream()
                .map(g -> new DeviceSummary(g.id(), g.clientId(), g.patientId(), null, g.active())).toList();
    }

    @Override
    public List<DeviceSummary> stations() {
        return em.createQuery("select s from Station s order by s.name", Station.class).getResultStream()
                .map(s -> new DeviceSummary(s.id(), s.clientId(), null, s.name(), s.active())).toList();
    }

    @Override
    public List<AssignmentView> currentAssignments() {
        return em.createQuery("select a from Assignment a where a.releasedAt is null order by a.assignedAt, a.id", Assignment.class)
                .getResultStream().map(AssignmentView::of).toList();
    }

    @Override
    public SupervisionBoard supervisionBoard(Caller caller) {
        UUID supervisor = CareAccessRule.supervisor(caller);
        List<PatientSummary> patients = patients("", MAX_RESULTS).stream().filter(PatientSummary::monitored).toList();
        List<DeviceSummary> stations = stations().stream().filter(DeviceSummary::active).toList();
        SupervisionBoard board = new SupervisionBoard(patients, stations, currentAssignments());
        audit.record(CareAccessRule.auditName(supervisor), "supervision.board", null, caller.address(),
                patients.size() + " patients, " + stations.size() + " stations");
        return board;
    }

    private static PatientSummary summary(Patient p) {
        return new PatientSummary(p.id(), p.accountId(), p.familyName(), p.givenName(), p.birthDate(), p.sex().name(), p.admittedAt(),
                p.monitored());
    }
}

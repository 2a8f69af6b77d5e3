package org.vigil.care.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareAdministration;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.UnknownPatientException;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.patient.Sex;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultCareAdministration implements CareAdministration {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @EJB
    AuditRecorder audit;

    private UUID admit(UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex) {
        Patient patient = new Patient(accountId, familyName, givenName, birthDate, sex, Instant.now());
        em.persist(patient);
        return patient.id();
    }

    @Override
    public void requirePatient(UUID patientId) {
        if (em.find(Patient.class, patientId) == null) {
            throw new UnknownPatientException(patientId);
        }
    }

    @Override
    public UUID enrollGateway(String clientId, UUID patientId) {
        requirePatient(patientId);
        Gateway gateway = new Gateway(clientId, patientId, Instant.now());
        em.persist(gateway);
        return gateway.id();
    }

    @Override
    public UUID registerStation(String clientId, String name) {
        boolean taken = !em.createQuery("select s from Station s where s.clientId = :c", Station.class)
                .setParameter("c", clientId).getResultList().isEmpty();
        if (taken) {
            throw CareRefusal.conflict("station-exists", "The client " + clientId + " is a station already.");
        }
        Station station = new Station(clientId, name, Instant.now());
        em.persist(station);
        return station.id();
    }

    private UUID addToCareTeam(UUID patientId, UUID accountId, CareRole role) {
        requirePatient(patientId);
        return em.createQuery("select m from CareTeamMember m where m.patientId = :patient and m.accountId = :account", CareTeamMember.class)
                .setParameter("patient", patientId).setParameter("account", accountId)
                .getResultStream().filter(m -> m.current() && m.role() == role).findFirst()
                .orElseGet(() -> {
                    CareTeamMember member = new CareTeamMember(patientId, accountId, role, Instant.now());
                    em.persist(member);
                    return member;
                }).id();
    }

    private void removeFromCareTeam(UUID patientId, UUID accountId) {
        requirePatient(patientId);
        List<CareTeamMember> current = em.createQuery(
                        "select m from CareTeamMember m where m.patientId = :patient and m.accountId = :account and m.until is null", CareTeamMember.class)
                .setParameter("patient", patientId).setParameter("account", accountId).getResultList();
        if (current.isEmpty()) {
            throw new CareRefusal(404, "not-on-care-team", "Not on the care team",
                    "The account " + accountId + " is not on this patient's care team.");
        }
        Instant now = Instant.now();
        current.forEach(m -> m.leave(now));
    }

    @Override
    public UUID admit(Caller caller, UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex) {
        String admin = AdminAuthorization.require(caller);
        UUID patient = admit(accountId, familyName, givenName, birthDate, sex);
        audit.record(admin, "patient.admit", "patient:" + patient, caller.address(), "account " + accountId);
        return patient;
    }

    @Override
    public void requirePatient(Caller caller, UUID patientId) {
        AdminAuthorization.require(caller);
        requirePatient(patientId);
    }

    @Override
    public UUID enrollGateway(Caller caller, String clientId, UUID patientId) {
        String admin = AdminAuthorization.require(caller);
        UUID gateway = enrollGateway(clientId, patientId);
        audit.record(admin, "gateway.enroll", "patient:" + patientId, caller.address(), "client " + clientId);
        return gateway;
    }

    @Override
    public UUID registerStation(Caller caller, String clientId, String name) {
        String admin = AdminAuthorization.require(caller);
        UUID station = registerStation(clientId, name);
        audit.record(admin, "station.register", "station:" + station, caller.address(), "client " + clientId);
        return station;
    }

    @Override
    public UUID addToCareTeam(Caller caller, UUID patientId, UUID accountId, CareRole role) {
        String admin = AdminAuthorization.require(caller);
        UUID member = addToCareTeam(patientId, accountId, role);
        // the role as the API and the console name it (doctor, nurse)
        audit.record(admin, "care-team.add", "patient:" + patientId, caller.address(),
                role.name().toLowerCase(Locale.ROOT) + " " + accountId);
        return member;
    }

    @Override
    public void removeFromCareTeam(Caller caller, UUID patientId, UUID accountId) {
        String admin = AdminAuthorization.require(caller);
        removeFromCareTeam(patientId, accountId);
        audit.record(admin, "care-team.remove", "patient:" + patientId, caller.address(), "account " + accountId);
    }
}

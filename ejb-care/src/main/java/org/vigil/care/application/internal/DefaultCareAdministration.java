package org.vigil.care.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

@Stateless
public class DefaultCareAdministration implements CareAdministration {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Override
    public UUID admit(UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex) {
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

    @Override
    public UUID addToCareTeam(UUID patientId, UUID accountId, CareRole role) {
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

    @Override
    public void removeFromCareTeam(UUID patientId, UUID accountId) {
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
        AdminAuthorization.require(caller);
        return admit(accountId, familyName, givenName, birthDate, sex);
    }

    @Override
    public void requirePatient(Caller caller, UUID patientId) {
        AdminAuthorization.require(caller);
        requirePatient(patientId);
    }

    @Override
    public UUID enrollGateway(Caller caller, String clientId, UUID patientId) {
        AdminAuthorization.require(caller);
        return enrollGateway(clientId, patientId);
    }

    @Override
    public UUID registerStation(Caller caller, String clientId, String name) {
        AdminAuthorization.require(caller);
        return registerStation(clientId, name);
    }

    @Override
    public UUID addToCareTeam(Caller caller, UUID patientId, UUID accountId, CareRole role) {
        AdminAuthorization.require(caller);
        return addToCareTeam(patientId, accountId, role);
    }

    @Override
    public void removeFromCareTeam(Caller caller, UUID patientId, UUID accountId) {
        AdminAuthorization.require(caller);
        removeFromCareTeam(patientId, accountId);
    }
}

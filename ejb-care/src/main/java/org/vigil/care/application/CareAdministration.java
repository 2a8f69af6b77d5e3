package org.vigil.care.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;

/** What an admin sets up before vitals can flow: patients, the gateway in each one's home, stations, care teams. */
@Local
public interface CareAdministration {

    /** @return the patient's id */
    UUID admit(UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex);

    /** @throws UnknownPatientException when no patient has this id */
    void requirePatient(UUID patientId);

    /** Binds an OAuth device client to the patient whose home it is in; @return the gateway's id */
    UUID enrollGateway(String clientId, UUID patientId);

    /** Registers an OAuth device client as a monitoring station; @return the station's id */
    UUID registerStation(String clientId, String name);

    /** Puts a doctor or nurse on the patient's care team (a member already there stays once). */
    void joinCareTeam(UUID patientId, UUID accountId, CareRole role);
}

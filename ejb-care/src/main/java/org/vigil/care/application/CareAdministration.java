package org.vigil.care.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;
import org.vigil.platform.access.Caller;

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

    /**
     * Puts a doctor or nurse (their account) on the patient's care team; their reading right starts now.
     * Adding someone already on the team in that role changes nothing.
     *
     * @return the membership's id
     * @throws UnknownPatientException when no patient has this id
     */
    UUID addToCareTeam(UUID patientId, UUID accountId, CareRole role);

    /**
     * Takes a doctor or nurse off the patient's care team, in every role they held: their
     * reading right ends now; the membership's history stays.
     *
     * @throws UnknownPatientException when no patient has this id
     * @throws CareRefusal (404 {@code not-on-care-team}) when the account is not on the team now
     */
    void removeFromCareTeam(UUID patientId, UUID accountId);

    // The admin API's way in: each refuses a caller that AdminAuthorization does not let administer, before it looks at
    // anything (an outsider learns nothing about which patients exist), then does what the method above does.

    UUID admit(Caller caller, UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex);

    void requirePatient(Caller caller, UUID patientId);

    UUID enrollGateway(Caller caller, String clientId, UUID patientId);

    UUID registerStation(Caller caller, String clientId, String name);

    UUID addToCareTeam(Caller caller, UUID patientId, UUID accountId, CareRole role);

    void removeFromCareTeam(Caller caller, UUID patientId, UUID accountId);
}

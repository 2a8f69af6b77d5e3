package org.vigil.care.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;
import org.vigil.platform.access.Caller;

/**
 * What an admin sets up before vitals can flow: patients, the gateway in each one's home, stations, care teams.
 *
 * <p>The admin's way in (the admin API, the console) is the methods that take a {@link Caller}: each refuses a caller
 * that {@code AdminAuthorization} does not let administer, before it looks at anything (an outsider learns nothing about
 * which patients exist), then does the change and puts it on the audit trail in the same transaction
 * ({@code patient.admit}, {@code gateway.enroll}, {@code station.register}, {@code care-team.add},
 * {@code care-team.remove}). The methods without one serve a device enrolling itself with a one-time code (identity
 * audits the redemption) and the console's check of a patient before it issues a gateway's code.
 */
@Local
public interface CareAdministration {

    /** @throws UnknownPatientException when no patient has this id */
    void requirePatient(UUID patientId);

    /** Binds an OAuth device client to the patient whose home it is in; @return the gateway's id */
    UUID enrollGateway(String clientId, UUID patientId);

    /** Registers an OAuth device client as a monitoring station; @return the station's id */
    UUID registerStation(String clientId, String name);

    /** @return the patient's id */
    UUID admit(Caller caller, UUID accountId, String familyName, String givenName, LocalDate birthDate, Sex sex);

    /** @throws UnknownPatientException when no patient has this id */
    void requirePatient(Caller caller, UUID patientId);

    /** As {@link #enrollGateway(String, UUID)}, for an admin. */
    UUID enrollGateway(Caller caller, String clientId, UUID patientId);

    /** As {@link #registerStation(String, String)}, for an admin. */
    UUID registerStation(Caller caller, String clientId, String name);

    /**
     * Puts a doctor or nurse (their account) on the patient's care team; their reading right starts now.
     * Adding someone already on the team in that role changes nothing.
     *
     * @return the membership's id
     * @throws UnknownPatientException when no patient has this id
     */
    UUID addToCareTeam(Caller caller, UUID patientId, UUID accountId, CareRole role);

    /**
     * Takes a doctor or nurse off the patient's care team, in every role they held: their
     * reading right ends now; the membership's history stays.
     *
     * @throws UnknownPatientException when no patient has this id
     * @throws CareRefusal (404 {@code not-on-care-team}) when the account is not on the team now
     */
    void removeFromCareTeam(Caller caller, UUID patientId, UUID accountId);
}

package org.vigil.care.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.series.LatestValue;

/**
 * Reading a patient's vitals for charts and station overviews. Each call checks the requester's
 * standing and writes its audit record ({@code what} says what was asked, e.g. the request path)
 * in the transaction of the read.
 *
 * @throws ReadRefusedException when the requester may not read this patient's data
 */
@Local
public interface PatientDataReads {

    /** Min/avg/max per bucket over [from, to), with at most {@code maxPoints} buckets. */
    Chart chart(Requester requester, UUID patientId, VitalKind kind, Instant from, Instant to, int maxPoints, String what);

    /** @throws InvalidPageTokenException when the token was altered or issued for another series */
    ValuesPage values(Requester requester, UUID patientId, VitalKind kind, Instant from, Instant to, Optional<String> pageToken, int limit,
            String what);

    /** The newest value of every kind the patient has, for a station's overview. */
    List<LatestValue> latest(Requester requester, UUID patientId, String what);

    /**
     * The patient's alerts not yet acknowledged (raised, snoozed or escalated), with their steps: what a
     * station starting up, or reloading after an incomplete replay, must show and sound.
     */
    List<AlertView> openAlerts(Requester requester, UUID patientId, String what);

    /** Who the patient is (name, birth date, sex), the SpO2 scale and NEWS2 now, for a station's tile; the same standing as for vitals. */
    PatientCardView patient(Requester requester, UUID patientId, String what);
}

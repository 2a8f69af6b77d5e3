package org.vigil.client.sdk.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The supervisor's board: monitored patients, monitoring stations, the assignments in force. */
public record SupervisionBoard(List<BoardPatient> patients, List<BoardStation> stations, List<Assignment> assignments) {

    public record BoardPatient(String patientId, String familyName, String givenName, LocalDate birthDate) {
        public String displayName() {
            return givenName + " " + familyName;
        }
    }

    public record BoardStation(String stationId, String name) {
    }

    public record Assignment(long id, String patientId, String stationId, String assignedBy, Instant assignedAt, String releasedBy,
                             Instant releasedAt) {
    }
}

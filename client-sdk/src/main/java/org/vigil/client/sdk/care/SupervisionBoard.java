package org.vigil.client.sdk.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The supervisor's board: monitored patients, monitoring stations (with who is signed in at each), the assignments in force. */
public record SupervisionBoard(List<BoardPatient> patients, List<BoardStation> stations, List<Assignment> assignments) {

    public record BoardPatient(String patientId, String familyName, String givenName, LocalDate birthDate) {
        public String displayName() {
            return givenName + " " + familyName;
        }
    }

    /** @param signedIn the doctors and nurses signed in at the station now (usually one, none when nobody is) */
    public record BoardStation(String stationId, String name, List<SignedIn> signedIn) {
        public BoardStation {
            signedIn = signedIn == null ? List.of() : List.copyOf(signedIn);
        }

        /** "Ward 7 · Dora Doctor", or "Ward 7 · nobody signed in". */
        public String watchers() {
            return name + " · " + (signedIn.isEmpty() ? "nobody signed in" : String.join(", ", signedIn.stream().map(SignedIn::name).distinct().toList()));
        }
    }

    /** A doctor or nurse signed in at a station since {@code since}. */
    public record SignedIn(String accountId, String name, Instant since) {
    }

    public record Assignment(long id, String patientId, String stationId, String assignedBy, Instant assignedAt, String releasedBy,
                             Instant releasedAt) {
    }
}
